// Catalogues of hostile input the fuzz generators draw from: YAML values that read as something
// else, texts with control characters, odd dates and numbers, path tricks. Each list is plain data;
// the generators (front-matter-gen.ts, markdown-gen.ts) decide where they go.

/** Characters an editor's paste can carry: C0, C1, line/paragraph separators, private use (the
 *  build's internal image slots are U+E000/U+E001), noncharacters, BOM, bidi overrides, joiners. */
export const ODD_CHARACTERS = [
  '\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f', '\u007f',
  '\u0080', '\u0085', '\u009b', '\u009f', '\u00a0', '\u00ad', '\u2028', '\u2029', '\ue000', '\ue001',
  '\uf8ff', '\ufeff', '\ufffe', '\uffff', '\u202e', '\u200d', '\u200b', '\u0301\u0301\u0301', '\t', '\r',
  '\ud83d\ude00', '\u{10ffff}',
];

/** Text fragments that look harmless to a person and not to a template or a browser. */
export const ODD_TEXTS = [
  'Dân vận khéo', 'Đoàn công tác về Hà Quảng', 'Hội nghị'.normalize('NFD'), 'ĐẢNG BỘ TỈNH',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', "'; DROP TABLE bai_viet; --",
  '{{ site.title }}', '{% include "base.njk" %}', '{# chú thích #}', '${process.exit(1)}',
  '&amp;', '&#0;', '&#xD800;', '&#x110000;', '&bogus;', '&nbsp;', '&lt;b&gt;', '&#x202E;',
  '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'null', 'true', '0', '-', '...', '#', '%',
  '😀👍🇻🇳', 'א ב ג', 'مرحبا', '\u202eabc', 'Z\u0351\u0352\u0353a\u0354\u0355l\u0356g\u0357o',
  'a/b', '../..', 'C:\\Windows', '%2e%2e%2f', 'index.html', 'con', 'NUL', '.htaccess',
];

/** Raw YAML values (the text after `key: `) that a YAML parser reads as something other than text. */
export const YAML_VALUES = [
  '.nan', '.NAN', '.inf', '-.inf', '0x10', '0o17', '0b101', '1e999', '-1e999', '1e-999', '-0', '+5', '1_000',
  '99999999999999999999999', '12:30:00', '~', 'null', 'Null', 'true', 'yes', 'no', 'on', 'off', "''", '""',
  '[]', '{}', '[a, [b, [c]]]', '{a: {b: c}}', '[1, 2, 3]', '{title: x}',
  '!!binary aGVsbG8=', '!!js/function "function () { return 1 }"', '!!js/regexp /a+/', "!!js/undefined ''",
  '!!python/object/apply:os.system ["ls"]', '!!timestamp 2023-01-11', '!!float 1', '!!int "12"', '!!str 12',
  '!!map {a: 1}', '!!seq [a]', '!!set {a, b}', '!!omap [a: 1]', '!custom x', '!<tag:yaml.org,2002:str> x',
  '*undefined_alias', '&anchor x', '"unterminated', "'it''s'", '@reserved', '`backtick`', '%',
  '"\\0"', '"\\uD800"', '"\\uDFFF lone"', '"a\\u2028b"', '"\\x85\\x9b"', '"\\e[31m"', '"\\uE000"', '"\\uE001x\\uE000"',
  '"\\u202E\\u0000\\u0007"', '"\\uFEFF"', '"\\U0010FFFF"', '"\\N\\_\\L\\P"', '"a\\\nb"',
  '|\n  dòng một\n  ---\n  dòng ba', '>-\n  gấp\n  dòng', '|+\n\n\n', '? phức\n: tạp',
  '"{{ 7 * 7 }}"', '"<b>đậm</b>"', '"&amp; &#0;"', 'a: b', '- list', '# only a comment',
];

/** Dates: the accepted forms, impossible days and times, far years, offsets, and non-dates. */
export const DATES = [
  '11/01/2023', '11/01/2023 08:30', '2023-01-11', '2023-01-11T08:30', '2023-01-11T08:30+07:00', '2023-01-11 08:00',
  '31/02/2023', '29/02/2023', '29/02/2024', '00/00/0000', '32/01/2023', '11/13/2023', '2023-13-01', '2023-02-30',
  '2023-01-11T24:00', '2023-01-11T23:59:60', '2023-01-11T08:30Z', '2023-01-11T08:30+99:99', '2023-01-11T08:30-15:00',
  '2023-01-11T08:30+07:20', '0001-01-01', '0050-06-15', '1900-01-01', '1969-12-31T23:59:59', '9999-12-31', '275760-09-13',
  '-000001-01-01', '2023-01-11 08:30:00.123456789', '1/1/1', '11/01/2023 8:5', '2023-W02-3', '20230111', '1673400000',
  '"2023-01-11"', '[2023-01-11]', '{ngay: 11}', '.nan', '1e999', 'ngày 11 tháng 1 năm 2023', '11/01/2023\u00a008:30',
  '2001-12-14t21:59:43.10-05:00', '2023-01-11T08:30:00+07:00[Asia/Ho_Chi_Minh]', '2099-01-01',
];

/** Whole-number and not-quite-whole-number view counts. */
export const VIEWS = ['213', '0', '-5', '1.5', '2.238', '2_238', '"213"', '0x10', '0o17', '1e3', '1e999', '.nan', '.inf',
  '9007199254740993', '99999999999999999999', '+5', '[1]', '{}', 'null', '١٢٣'];

/** Image references: the real photo, then every way out of content/ and every odd spelling. */
export const IMAGE_PATHS = [
  '/anh/a.jpg', 'anh/a.jpg', '../anh/a.jpg', './a.jpg', '/anh/b.png', '/anh/a.JPG', '/anh/khong-co.jpg',
  '/anh/hong.jpg', '/anh/gia.png', '/anh/ve.svg', '/anh/', '/anh', '/', '', '/bai-viet/bai-khac.md',
  '../../../etc/passwd', '/../../etc/passwd', '%2e%2e/%2e%2e/etc/passwd', '..%2f..%2fetc%2fpasswd', '/etc/passwd',
  'C:\\Windows\\win.ini', 'C:/x.jpg', 'file:///etc/passwd', '\\\\server\\share\\x.jpg', '/anh/a.jpg%00.png',
  '/anh/a.jpg?x=1#y', 'https://evil.example/x.jpg', '//evil.example/x.jpg', 'data:image/png;base64,iVBORw0KGgo=',
  '/anh/%zz.jpg', '/anh/a%2Ejpg', '/anh/%61.jpg', '/anh/a.jpg/', '/anh/ảnh đẹp.jpg', '/anh/a.jpg\u0000',
];

/** Link targets in the body: the other article, missing ones, escapes, schemes that run code. */
export const LINK_TARGETS = [
  './bai-khac.md', 'bai-khac.md', '/bai-viet/bai-khac.md', './bai-khac.md#phan-2', './khong-co.md', '../ngoai.md',
  '%2e%2e/x.md', 'bai%2Dkhac.md', '%zz.md', '%', '%E0%A4%A.md', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)',
  'vbscript:msgbox(1)', 'data:text/html,<script>alert(1)</script>', 'mailto:toasoan@example.vn', 'tel:+842063000000',
  'https://example.vn/a b', '<bai khac.md>', '#muc-1', '', 'C:\\x.md', 'file:///etc/passwd', '//evil.example/x',
  '/tin-tuc/', '?a=1&b=2', './bai-khac.md?x=%00', 'https://xn--bo-tinh-.vn/\u202e',
];

/** Slugs an editor might write by hand. */
export const SLUGS = ['dan-van', '../../x', 'a/b', '%2e%2e', 'UPPER', '-', 'a--b', 'đường', 'a b', 'con', '.hidden',
  'index', 'tin-tuc/../..', '"\\0"', '', '123', 'x'.repeat(300), 'bai-khac'];

/** Old CMS addresses for `aliases`. */
export const ALIASES = ['/index.php?option=com_content&id=1', '/tin-tuc/bai-cu.html', '/../x', '//evil.example',
  'javascript:alert(1)', '"/a\\0b"', 'C:\\x', '/tin-tuc/', '/', '/404.html', '/assets/site.css', '/%2e%2e/x', '/a%zz',
  '"/<script>"', '/x?a="b"', '/chuyen-muc/tin-tuc/', 'https://old.example.vn/x', '/feed.xml', '/the/'];

/** Category values: the two configured ones by slug and name, near misses and object-ish names. */
export const CATEGORIES = ['tin-tuc', 'dan-van-kheo', 'Tin tức', 'Dân vận khéo', 'TIN-TUC', 'tin-tuc ', 'tin tuc',
  '[tin-tuc]', '__proto__', 'constructor', 'toString', '..', '""', 'Tin tức'.normalize('NFD')];
