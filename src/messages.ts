// The message catalogue: code → what is wrong and how to fix it, Vietnamese first.
// Codes are permanent (tests, docs and editors' notes refer to them); wording may change.
export type Lang = 'vi' | 'en';
export type MessageParams = Readonly<Record<string, string | number>>;

interface Text {
  message: string;
  hint?: string;
}
type Entry = Record<Lang, (p: MessageParams) => Text>;

const q = (v: unknown): string => `"${String(v)}"`;
const didYouMeanVi = (p: MessageParams): string => (p.suggestion ? ` Có phải ý bạn là ${q(p.suggestion)}?` : '');
const morePagesVi = (p: MessageParams): string => (Number(p.pages) > 1 ? ` (và ${Number(p.pages) - 1} trang khác)` : '');
const morePagesEn = (p: MessageParams): string => (Number(p.pages) > 1 ? ` (and ${Number(p.pages) - 1} other pages)` : '');
const didYouMeanEn = (p: MessageParams): string => (p.suggestion ? ` Did you mean ${q(p.suggestion)}?` : '');

const catalogue = {
  CONFIG_MISSING: {
    vi: (p) => ({ message: `Không tìm thấy tệp cấu hình ${q(p.file)}.`, hint: 'Chạy lệnh trong thư mục của trang, hoặc chỉ thư mục bằng --root.' }),
    en: (p) => ({ message: `Configuration file ${q(p.file)} not found.`, hint: 'Run inside the site folder, or point to it with --root.' }),
  },
  CONFIG_YAML: {
    // detailVi: a limit of ours (aliases, nesting) rather than the parser's own English message.
    vi: (p) => ({ message: `Tệp cấu hình có lỗi cú pháp YAML: ${p.detailVi ?? p.detail}`, hint: p.detailVi ? 'Viết thẳng các giá trị thay cho neo (&tên) và bí danh (*tên); cấu hình chỉ cần vài cấp lồng nhau.' : 'Kiểm tra thụt lề và dấu hai chấm; giá trị có dấu “:” hoặc “#” phải đặt trong ngoặc kép.' }),
    en: (p) => ({ message: `Configuration has a YAML syntax error: ${p.detail}`, hint: p.detailVi ? 'Write the values out instead of anchors (&name) and aliases (*name); a configuration needs only a few levels of nesting.' : 'Check indentation and colons; quote values that contain ":" or "#".' }),
  },
  CONFIG_NOT_FILE: {
    vi: (p) => ({ message: `${q(p.file)} không phải tệp cấu hình đọc được: ${p.reason === 'directory' ? 'đó là một thư mục' : p.reason === 'too-large' ? `tệp quá lớn (${p.size} byte, tối đa ${p.max})` : 'đó không phải tệp thường'}.`, hint: p.reason === 'too-large' ? 'Tệp cấu hình chỉ cần vài trăm dòng; kiểm tra xem có dán nhầm nội dung khác vào không.' : `Đổi tên hoặc xóa ${q(p.file)} rồi tạo tệp văn bản cùng tên (xem baotinh.config.yaml của trang mẫu).` }),
    en: (p) => ({ message: `${q(p.file)} is not a readable configuration file: ${p.reason === 'directory' ? 'it is a folder' : p.reason === 'too-large' ? `it is too large (${p.size} bytes, at most ${p.max})` : 'it is not a regular file'}.`, hint: p.reason === 'too-large' ? 'A configuration needs a few hundred lines; check that nothing else was pasted into it.' : `Rename or remove ${q(p.file)} and create a text file of that name (see the sample site's baotinh.config.yaml).` }),
  },
  CONFIG_UNREADABLE: {
    vi: (p) => ({ message: `Máy không cho đọc tệp cấu hình ${q(p.path)} (${p.error}: ${p.detail}). Đây là lỗi của máy chủ hoặc quyền truy cập tệp, không phải lỗi nội dung.`, hint: 'Báo người quản trị máy: tài khoản chạy baotinh cần quyền đọc tệp này (ví dụ chmod a+r, hoặc chown).' }),
    en: (p) => ({ message: `The system refused to read the configuration ${q(p.path)} (${p.error}: ${p.detail}). This is a problem of the machine or of file permissions, not of the content.`, hint: 'Ask the administrator: the account running baotinh needs read access to this file (e.g. chmod a+r, or chown).' }),
  },
  CONFIG_CONTROL_CHAR: {
    vi: (p) => ({ message: `Giá trị ở ${q(p.key)} chứa ký tự điều khiển hoặc ký tự không hợp lệ (${p.characters}); các ký tự này đã được bỏ đi.`, hint: 'Thường do chép chữ từ Word hoặc PDF. Gõ lại giá trị đó để hết cảnh báo.' }),
    en: (p) => ({ message: `The value at ${q(p.key)} contains control or invalid characters (${p.characters}); they were removed.`, hint: 'Usually text copied from Word or PDF. Type the value again to clear the warning.' }),
  },
  CONFIG_SERVICE_LOCAL: {
    vi: (p) => ({ message: `Địa chỉ dịch vụ ở ${q(p.key)} (${p.url}) ${p.kind === 'loopback' ? 'trỏ về chính máy của người xem (localhost/127.x)' : p.kind === 'link-local' ? 'là địa chỉ nội mạng cục bộ (link-local, 169.254.x/fe80::)' : p.kind === 'unspecified' ? 'là địa chỉ rỗng 0.0.0.0/::' : 'là địa chỉ mạng nội bộ (10.x, 172.16–31.x, 192.168.x)'}: trình duyệt của bạn đọc sẽ gọi máy hoặc mạng của chính họ, không phải máy chủ của trang.`, hint: 'Dùng địa chỉ công khai của dịch vụ (https://tên-miền/…). Địa chỉ nội bộ chỉ dùng khi thử trên máy của mình.' }),
    en: (p) => ({ message: `The service address at ${q(p.key)} (${p.url}) ${p.kind === 'loopback' ? 'points at the reader\'s own machine (localhost/127.x)' : p.kind === 'link-local' ? 'is a link-local address (169.254.x/fe80::)' : p.kind === 'unspecified' ? 'is the unspecified address 0.0.0.0/::' : 'is a private-network address (10.x, 172.16–31.x, 192.168.x)'}: readers' browsers would call their own machine or network, not the site's server.`, hint: 'Use the service\'s public address (https://domain/…). Local addresses are only for trying things on your own machine.' }),
  },
  CONFIG_INVALID: {
    vi: (p) => ({ message: `Cấu hình không hợp lệ ở ${q(p.key)}: ${p.problem}`, hint: String(p.hintVi ?? 'Xem mục “Cấu hình” trong README.md.') }),
    en: (p) => ({ message: `Invalid configuration at ${q(p.key)}: ${p.problemEn ?? p.problem}`, hint: String(p.hintEn ?? 'See “Configuration” in README.md.') }),
  },
  CONFIG_UNKNOWN_KEY: {
    vi: (p) => ({ message: `Khóa cấu hình lạ ${q(p.key)} sẽ bị bỏ qua.${didYouMeanVi(p)}` }),
    en: (p) => ({ message: `Unknown configuration key ${q(p.key)} is ignored.${didYouMeanEn(p)}` }),
  },
  FILE_ENCODING: {
    vi: (p) => (p.encoding
      ? { message: `Tệp không phải văn bản UTF-8: có vẻ được lưu bằng bảng mã ${p.encoding === 'tcvn3' ? 'TCVN3 (phông .VnTime, bộ gõ ABC)' : p.encoding === 'windows-1258' ? 'Windows-1258 (bảng mã tiếng Việt của Windows)' : 'VNI (phông VNI-Times)'}; dòng này sau khi chuyển đọc là ${q(p.after)}.`, hint: `Chuyển tệp sang UTF-8: baotinh convert ${p.file} (xem trước), rồi baotinh convert ${p.file} --write.` }
      : { message: 'Tệp không phải văn bản UTF-8 hợp lệ.', hint: 'Lưu lại tệp với bảng mã UTF-8 (trình soạn thảo: “Save with encoding → UTF-8”).' }),
    en: (p) => (p.encoding
      ? { message: `The file is not UTF-8: it looks saved in the ${p.encoding === 'tcvn3' ? 'TCVN3 (.VnTime fonts, ABC)' : p.encoding === 'windows-1258' ? 'Windows-1258 (Windows Vietnamese)' : 'VNI (VNI-Times fonts)'} encoding; converted, this line reads ${q(p.after)}.`, hint: `Convert it to UTF-8: baotinh convert ${p.file} (preview), then baotinh convert ${p.file} --write.` }
      : { message: 'The file is not valid UTF-8 text.', hint: 'Save the file again as UTF-8.' }),
  },
  STRAY_MARK: {
    vi: (p) => ({
      message: `${p.lines === 1 ? 'Dòng này' : `Dòng này và ${Number(p.lines) - 1} dòng khác`} có dấu viết tách ${p.codePoint} ${p.after === 'space' ? 'đứng lẻ sau dấu cách hoặc đầu dòng' : p.after === 'tone' ? 'đặt thêm lên một chữ đã có dấu thanh' : 'đặt lên một chữ không mang được dấu đó'}: đã bỏ dấu này, vì không biết nó thuộc về chữ nào.`,
      hint: 'Kiểm tra lại chữ ở chỗ đó và gõ lại cho đúng (thường do bộ gõ hoặc do chép từ PDF).',
    }),
    en: (p) => ({
      message: `${p.lines === 1 ? 'This line' : `This line and ${Number(p.lines) - 1} other(s)`} has the combining mark ${p.codePoint} ${p.after === 'space' ? 'alone after a space or at the start of the line' : p.after === 'tone' ? 'on a letter that already has a tone' : 'on a letter that cannot take it'}: removed, since which letter it belongs to cannot be known.`,
      hint: 'Check the word there and type it again (typical of some keyboards and of text copied from PDF).',
    }),
  },
  LEGACY_ENCODING: {
    vi: (p) => ({
      message: `${p.lines === 1 ? 'Dòng này' : `Dòng này và ${Number(p.lines) - 1} dòng khác`} có vẻ được gõ bằng bảng mã ${p.encoding === 'tcvn3' ? 'TCVN3 (phông .VnTime, bộ gõ ABC)' : p.encoding === 'viqr' ? 'VIQR (dấu gõ sau chữ, như Vie^.t Nam)' : 'VNI (phông VNI-Times)'} nên hiện thành chữ lạ: ${q(p.before)} sau khi chuyển sang Unicode đọc là ${q(p.after)}.`,
      hint: `Chuyển cả tệp sang Unicode: baotinh convert ${p.file} (xem trước các thay đổi), rồi baotinh convert ${p.file} --write.`,
    }),
    en: (p) => ({
      message: `${p.lines === 1 ? 'This line' : `This line and ${Number(p.lines) - 1} other(s)`} look typed in the ${p.encoding === 'tcvn3' ? 'TCVN3 (.VnTime fonts, ABC)' : p.encoding === 'viqr' ? 'VIQR (marks typed after the letter, as in Vie^.t Nam)' : 'VNI (VNI-Times fonts)'} encoding and read as odd characters: ${q(p.before)} converted to Unicode reads ${q(p.after)}.`,
      hint: `Convert the file to Unicode: baotinh convert ${p.file} (shows the changes), then baotinh convert ${p.file} --write.`,
    }),
  },
  FRONTMATTER_MISSING: {
    vi: () => ({ message: 'Bài viết thiếu phần thông tin đầu bài (front-matter).', hint: 'Mở đầu tệp bằng một dòng ---, các dòng “khóa: giá trị” (title, date, category), rồi một dòng --- nữa.' }),
    en: () => ({ message: 'The article has no front-matter.', hint: 'Start the file with a --- line, "key: value" lines (title, date, category), and another --- line.' }),
  },
  FRONTMATTER_YAML: {
    vi: (p) => ({
      message: p.fix ? `Dòng này làm hỏng phần thông tin đầu bài (lỗi cú pháp YAML: ${p.detail}): giá trị có dấu “:”, “#” hoặc dấu ngoặc kép phải được đặt trong ngoặc kép.` : `Phần thông tin đầu bài có lỗi cú pháp YAML: ${p.detail}.`,
      hint: p.fix ? `Thay cả dòng bằng dòng sau (chép nguyên văn): ${p.fix}` : 'Kiểm tra dấu hai chấm sau mỗi khóa và thụt lề; giá trị có dấu “:”, “#” hoặc bắt đầu bằng “[”, “{”, “*” phải đặt trong ngoặc kép.',
    }),
    en: (p) => ({
      message: p.fix ? `This line breaks the front-matter (YAML syntax error: ${p.detailEn ?? p.detail}): a value with ":", "#" or quotes must be quoted.` : `Front-matter YAML syntax error: ${p.detailEn ?? p.detail}.`,
      hint: p.fix ? `Replace the whole line with (copy it exactly): ${p.fix}` : 'Check the colon after each key and the indentation; quote values that contain ":" or "#" or start with "[", "{", "*".',
    }),
  },
  FRONTMATTER_UNCLOSED: {
    vi: () => ({ message: 'Phần thông tin đầu bài không có dòng --- đóng lại.', hint: 'Thêm một dòng chỉ có --- sau dòng “khóa: giá trị” cuối cùng.' }),
    en: () => ({ message: 'The front-matter has no closing --- line.', hint: 'Add a line with only --- after the last "key: value" line.' }),
  },
  LINK_BROKEN: {
    vi: (p) => ({ message: `Liên kết tới bài ${q(p.href)} không tìm thấy bài viết nào.`, hint: 'Kiểm tra tên tệp .md; đường dẫn bắt đầu bằng / tính từ thư mục nội dung, đường dẫn khác tính từ thư mục của bài viết. Bài nháp hoặc hẹn giờ chưa được đăng.' }),
    en: (p) => ({ message: `Link ${q(p.href)} does not lead to any article.`, hint: 'Check the .md file name; a path starting with / is relative to the content folder, others to the article\'s folder. Drafts and future articles are not published.' }),
  },
  FRONTMATTER_NOT_MAP: {
    vi: () => ({ message: 'Phần thông tin đầu bài phải là các dòng “khóa: giá trị”.', hint: 'Ví dụ: title: Tên bài viết' }),
    en: () => ({ message: 'Front-matter must be "key: value" lines.', hint: 'Example: title: Article title' }),
  },
  FRONTMATTER_LANGUAGE: {
    vi: (p) => ({ message: `Không hỗ trợ front-matter dạng ${q(p.language)}, chỉ YAML.`, hint: 'Bỏ chữ sau dấu --- ở dòng đầu tiên.' }),
    en: (p) => ({ message: `Front-matter language ${q(p.language)} is not supported, only YAML.`, hint: 'Remove the word after --- on the first line.' }),
  },
  FIELD_REQUIRED: {
    vi: (p) => ({ message: `Thiếu ${p.label} (khóa ${q(p.key)}).`, hint: `Thêm một dòng, ví dụ: ${p.example}` }),
    en: (p) => ({ message: `Missing ${p.labelEn} (key ${q(p.key)}).`, hint: `Add a line, for example: ${p.example}` }),
  },
  FIELD_TYPE: {
    vi: (p) => ({
      message: `Giá trị của ${q(p.key)} phải là ${p.expected}${p.written !== undefined ? ` (đang viết: ${p.written}${p.quote ? ', YAML đọc thành một số' : ''})` : ''}.`,
      hint: p.quote ? `Nếu đó là chữ, đặt trong ngoặc kép: ${p.example}` : `Ví dụ: ${p.example}`,
    }),
    en: (p) => ({
      message: `The value of ${q(p.key)} must be ${p.expectedEn}${p.written !== undefined ? ` (written: ${p.written}${p.quote ? ', which YAML reads as a number' : ''})` : ''}.`,
      hint: p.quote ? `If it is text, put it in double quotes: ${p.example}` : `Example: ${p.example}`,
    }),
  },
  FIELD_UNKNOWN: {
    vi: (p) => ({ message: `Khóa lạ ${q(p.key)} sẽ bị bỏ qua.${didYouMeanVi(p)}`, hint: 'Các khóa được dùng: title, date, category, tags, author, summary, image, views, updated, draft, slug, aliases.' }),
    en: (p) => ({ message: `Unknown key ${q(p.key)} is ignored.${didYouMeanEn(p)}`, hint: 'Known keys: title, date, category, tags, author, summary, image, views, updated, draft, slug, aliases.' }),
  },
  DATE_INVALID: {
    vi: (p) => ({
      message: `Ngày ${q(p.value)} không hợp lệ (${p.key}).${p.yearMin !== undefined ? ` Năm phải từ ${p.yearMin} đến ${p.yearMax}.` : ''}${p.offset ? ' Độ lệch múi giờ phải từ -12:00 đến +14:00, phút là 00, 15, 30 hoặc 45.' : ''}${
        p.problem === 'weekday' ? ` Ngày ${p.suggestion} là ${p.weekday}, không khớp với thứ đã ghi.` : p.problem === 'us-order' ? ` Không có tháng ${Number(String(p.suggestion).split('/')[0])}: có lẽ ngày được viết theo kiểu Mỹ (tháng trước, ngày sau).` : p.problem === 'number' ? ' YAML đọc dãy số này là một con số, không phải một ngày.' : ''
      }`,
      hint: p.suggestion
        ? `Nếu ý bạn là ngày ${p.suggestion}, viết: ${p.key}: ${p.suggestion}${p.problem === 'weekday' ? ` (hoặc sửa lại thứ cho đúng)` : ''}`
        : 'Viết theo dạng 11/01/2023, 11/01/2023 08:30, 2023-01-11 hoặc 2023-01-11T08:30 (giờ Việt Nam), hoặc kèm độ lệch như 2023-01-11T08:30+07:00.',
    }),
    en: (p) => ({
      message: `Date ${q(p.value)} is not valid (${p.key}).${p.yearMin !== undefined ? ` The year must be from ${p.yearMin} to ${p.yearMax}.` : ''}${p.offset ? ' A time-zone offset must be from -12:00 to +14:00, with minutes 00, 15, 30 or 45.' : ''}${
        p.problem === 'weekday' ? ` ${p.suggestion} is a ${p.weekday}, not the weekday written.` : p.problem === 'us-order' ? ' There is no such month: it looks like a US date (month first).' : p.problem === 'number' ? ' YAML reads these digits as a number, not a date.' : ''
      }`,
      hint: p.suggestion
        ? `If you mean ${p.suggestion}, write: ${p.key}: ${p.suggestion}${p.problem === 'weekday' ? ' (or correct the weekday)' : ''}`
        : 'Write 11/01/2023, 11/01/2023 08:30, 2023-01-11 or 2023-01-11T08:30 (Vietnam time), or with an offset such as 2023-01-11T08:30+07:00.',
    }),
  },
  UPDATED_BEFORE_DATE: {
    vi: () => ({ message: 'Ngày cập nhật (updated) sớm hơn ngày đăng (date).', hint: 'Sửa lại một trong hai ngày.' }),
    en: () => ({ message: 'The updated date is earlier than the publication date.', hint: 'Correct one of the two dates.' }),
  },
  CATEGORY_UNKNOWN: {
    vi: (p) => ({ message: `Chuyên mục ${q(p.value)} không có trong cấu hình.${didYouMeanVi(p)}${p.difference ? ` Tên này trông giống ${q(p.lookAlike)} nhưng khác ở ${p.difference}.` : ''}`, hint: p.difference ? `Gõ lại tên chuyên mục (đừng dán từ nơi khác), hoặc dùng slug: category: ${p.suggestion}` : `Các chuyên mục: ${p.known}.` }),
    en: (p) => ({ message: `Category ${q(p.value)} is not configured.${didYouMeanEn(p)}${p.difference ? ` It looks like ${q(p.lookAlike)} but differs at ${p.differenceEn}.` : ''}`, hint: p.difference ? `Type the category name again (do not paste it), or use its slug: category: ${p.suggestion}` : `Categories: ${p.known}.` }),
  },
  CATEGORY_EMPTY: {
    vi: (p) => ({ message: `Chuyên mục ${q(p.name)} (${p.slug}) chưa có bài viết nào: trang chuyên mục chỉ ghi "chưa có bài", không có nguồn tin RSS, không hiện trong danh sách chuyên mục.`, hint: `Nếu đã có bài cho chuyên mục này, kiểm tra khóa category của bài (category: ${p.slug}); nếu không dùng nữa, bỏ chuyên mục khỏi cấu hình.` }),
    en: (p) => ({ message: `Category ${q(p.name)} (${p.slug}) has no articles yet: its page only says so, it has no RSS feed and is not listed among the categories.`, hint: `If articles belong to it, check their category key (category: ${p.slug}); if it is no longer used, remove it from the configuration.` }),
  },
  TITLE_LONG: {
    vi: (p) => ({ message: `Tiêu đề dài ${p.length} ký tự (nên dưới ${p.max}): thường là tiêu đề bị dính cả đoạn sapo khi chép từ trang cũ.`, hint: 'Giữ câu tiêu đề trong title, chuyển phần còn lại sang summary. (Địa chỉ bài chỉ lấy tối đa 80 ký tự đầu của tiêu đề, cắt ở ranh giới từ.)' }),
    en: (p) => ({ message: `The title is ${p.length} characters long (keep it under ${p.max}): usually a headline with its lead glued on by an old CMS export.`, hint: 'Keep the headline in title and move the rest to summary. (The address takes at most the first 80 characters, cut at a word.)' }),
  },
  BODY_EMPTY: {
    vi: () => ({ message: 'Bài viết không có nội dung: chỉ có phần thông tin đầu bài.', hint: 'Viết nội dung bài dưới dòng --- thứ hai, hoặc thêm draft: true nếu bài chưa xong.' }),
    en: () => ({ message: 'The article has no body: only its front-matter.', hint: 'Write the article below the second --- line, or add draft: true if it is not finished.' }),
  },
  SLUG_INVALID: {
    vi: (p) => ({ message: `Đường dẫn (slug) ${q(p.value)} không hợp lệ${p.max !== undefined ? `: dài ${p.length} ký tự, tối đa ${p.max} ký tự` : ''}.`, hint: `Chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang${p.max !== undefined ? ', và viết ngắn lại' : ''}, ví dụ: hoi-nghi-dan-van-2023.` }),
    en: (p) => ({ message: `Slug ${q(p.value)} is not valid${p.max !== undefined ? `: ${p.length} characters long, at most ${p.max}` : ''}.`, hint: `Use only lowercase ASCII letters, digits and hyphens${p.max !== undefined ? ', and make it shorter' : ''}, e.g. hoi-nghi-dan-van-2023.` }),
  },
  SLUG_EMPTY: {
    vi: () => ({ message: 'Không tạo được đường dẫn (slug) từ tiêu đề.', hint: 'Thêm khóa slug, ví dụ: slug: ten-bai-viet' }),
    en: () => ({ message: 'Could not make a slug from the title.', hint: 'Add a slug key, e.g. slug: article-name' }),
  },
  URL_DUPLICATE: {
    vi: (p) => ({ message: `Hai bài viết cùng địa chỉ ${q(p.url)}: tệp này và ${q(p.other)}.`, hint: 'Đổi tiêu đề hoặc đặt khóa slug khác cho một trong hai bài.' }),
    en: (p) => ({ message: `Two articles have the same URL ${q(p.url)}: this file and ${q(p.other)}.`, hint: 'Change the title or set a different slug on one of them.' }),
  },
  IMAGE_MISSING: {
    vi: (p) => ({ message: `Không tìm thấy ảnh ${q(p.path)}.${p.existing ? ` Trong thư mục có tệp ${q(p.existing)}, chỉ khác chữ hoa, chữ thường: máy chủ web phân biệt hai tên này.` : ''}`, hint: p.existing ? `Viết đúng tên tệp: …/${p.existing} (hoặc đổi tên tệp cho khớp).` : `Kiểm tra tên tệp (phân biệt chữ hoa, chữ thường). Đường dẫn bắt đầu bằng / tính từ thư mục ${p.contentDir}; đường dẫn khác tính từ thư mục của bài viết.` }),
    en: (p) => ({ message: `Image ${q(p.path)} not found.${p.existing ? ` The folder has ${q(p.existing)}, which differs only in case: web servers tell them apart.` : ''}`, hint: p.existing ? `Write the file name exactly: …/${p.existing} (or rename the file to match).` : `Check the file name (case matters). A path starting with / is relative to ${p.contentDir}; other paths are relative to the article's folder.` }),
  },
  ATTACHMENT_MISSING: {
    vi: (p) => ({ message: `Không tìm thấy tệp đính kèm ${q(p.path)}${p.invalid ? ' (đường dẫn phải nằm trong thư mục nội dung, không dùng “..”)' : ''}.${p.existing ? ` Trong thư mục có tệp ${q(p.existing)}, chỉ khác chữ hoa, chữ thường.` : ''}`, hint: p.existing ? `Viết đúng tên tệp: …/${p.existing}` : `Chép tệp vào thư mục ${p.contentDir} (ví dụ ${p.contentDir}/tai-lieu/) và liên kết tới nó: [Quyết định](/tai-lieu/ten-tep.pdf). Đường dẫn bắt đầu bằng / tính từ ${p.contentDir}; đường dẫn khác tính từ thư mục của bài viết.` }),
    en: (p) => ({ message: `Attached file ${q(p.path)} not found${p.invalid ? ' (the path must stay inside the content folder, without "..")' : ''}.${p.existing ? ` The folder has ${q(p.existing)}, which differs only in case.` : ''}`, hint: p.existing ? `Write the file name exactly: …/${p.existing}` : `Copy the file into ${p.contentDir} (e.g. ${p.contentDir}/tai-lieu/) and link to it: [Decision](/tai-lieu/file.pdf). A path starting with / is relative to ${p.contentDir}; other paths to the article's folder.` }),
  },
  IMAGE_PATH_INVALID: {
    vi: (p) => ({ message: `Đường dẫn ảnh ${q(p.path)} không được phép: ${p.reason}.`, hint: `Đặt ảnh trong thư mục ${p.contentDir} và dùng đường dẫn như /anh/ten-anh.jpg (không dùng “..”, không dùng ảnh từ trang khác).` }),
    en: (p) => ({ message: `Image path ${q(p.path)} is not allowed: ${p.reasonEn}.`, hint: `Put the image inside ${p.contentDir} and use a path like /anh/photo.jpg (no "..", no images from other sites).` }),
  },
  IMAGE_UNREADABLE: {
    vi: (p) => ({ message: `Không đọc được ảnh ${q(p.path)} (tệp hỏng hoặc không phải ảnh): ${p.detail}`, hint: 'Mở ảnh bằng phần mềm xem ảnh rồi lưu lại dạng JPEG hoặc PNG.' }),
    en: (p) => ({ message: `Cannot read image ${q(p.path)} (corrupt or not an image): ${p.detail}`, hint: 'Open the image in an image viewer and save it again as JPEG or PNG.' }),
  },
  IMAGE_UNSUPPORTED: {
    vi: (p) => ({ message: `Ảnh ${q(p.path)} ở định dạng ${p.format}, không được hỗ trợ.`, hint: p.format === 'SVG' ? 'Ảnh SVG có thể chứa mã chạy được nên không được nhận; xuất ảnh ra PNG hoặc JPEG.' : 'Dùng ảnh JPEG, PNG, WebP, GIF hoặc AVIF.' }),
    en: (p) => ({ message: `Image ${q(p.path)} is ${p.format}, which is not supported.`, hint: p.format === 'SVG' ? 'SVG can carry scripts, so it is refused; export the picture as PNG or JPEG.' : 'Use JPEG, PNG, WebP, GIF or AVIF.' }),
  },
  IMAGE_TOO_LARGE: {
    vi: (p) => ({ message: `Ảnh ${q(p.path)} quá lớn: ${p.width} × ${p.height} điểm ảnh (tối đa ${p.megapixels} triệu).`, hint: 'Thu nhỏ ảnh trước khi đưa lên (ảnh báo chí chỉ cần rộng khoảng 2000–4000 điểm ảnh), hoặc tăng images.maxPixels trong cấu hình.' }),
    en: (p) => ({ message: `Image ${q(p.path)} is too large: ${p.width} × ${p.height} pixels (at most ${p.megapixels} million).`, hint: 'Scale it down first (news photos need 2000–4000 pixels across), or raise images.maxPixels.' }),
  },
  IMAGE_ALT_MISSING: {
    vi: (p) => ({ message: `Ảnh ${q(p.path)} không có lời mô tả (alt) và không có chú thích.`, hint: 'Viết mô tả trong ngoặc vuông: ![Các đại biểu dự hội nghị](/anh/hoi-nghi.jpg)' }),
    en: (p) => ({ message: `Image ${q(p.path)} has neither alt text nor a caption.`, hint: 'Describe it in the brackets: ![Delegates at the conference](/anh/hoi-nghi.jpg)' }),
  },
  TEMPLATE_UNDEFINED: {
    vi: (p) => ({ message: `Mẫu giao diện in ra một giá trị không tồn tại khi dựng ${q(p.page)}${morePagesVi(p)}: ${p.detail}`, hint: 'Sửa mẫu: kiểm tra tên biến, hoặc dùng {% if biến %} … {% endif %} cho dữ liệu có thể vắng.' }),
    en: (p) => ({ message: `Template outputs an undefined value while rendering ${q(p.page)}${morePagesEn(p)}: ${p.detail}`, hint: 'Fix the template: check the variable name, or wrap optional data in {% if var %} … {% endif %}.' }),
  },
  TEMPLATE_ERROR: {
    vi: (p) => ({ message: `Lỗi mẫu giao diện khi dựng ${q(p.page)}${morePagesVi(p)}: ${p.detail}`, hint: 'Sửa mẫu giao diện ở dòng được chỉ ra.' }),
    en: (p) => ({ message: `Template error while rendering ${q(p.page)}${morePagesEn(p)}: ${p.detail}`, hint: 'Fix the template at the line shown.' }),
  },
  TERM_COLLISION: {
    vi: (p) => ({ message: `${p.kind === 'tag' ? 'Thẻ' : 'Tác giả'} ${q(p.name)} trùng đường dẫn ${q(p.url)} với ${q(p.other)} (trong ${q(p.otherFile)}).${p.difference ? ` Hai tên khác nhau ở ${p.difference}.` : ''}`, hint: `Viết hai tên giống hệt nhau (cùng chữ hoa, chữ thường, dấu) nếu là một, hoặc đặt tên khác hẳn.${p.invisible ? ' Ký tự ẩn thường đến từ việc dán chữ từ Word hoặc trang web: xóa và gõ lại tên.' : ''}` }),
    en: (p) => ({ message: `${p.kind === 'tag' ? 'Tag' : 'Author'} ${q(p.name)} has the same address ${q(p.url)} as ${q(p.other)} (in ${q(p.otherFile)}).${p.differenceEn ? ` The names differ at ${p.differenceEn}.` : ''}`, hint: `Spell both exactly alike if they are one, or name them differently.${p.invisible ? ' Invisible characters usually come from text pasted from Word or a web page: delete the name and type it again.' : ''}` }),
  },
  TERM_VARIANTS: {
    vi: (p) => ({ message: `${p.kind === 'tag' ? 'Thẻ' : 'Tác giả'} ${q(p.name)} còn được viết theo ${p.count} cách khác (chỉ khác chữ hoa, chữ thường hoặc khoảng trắng): ${p.variants}. Đã gộp vào một trang ${q(p.url)} dưới tên ${q(p.name)}.`, hint: `Nếu muốn, sửa các bài kia cho giống hệt ${q(p.name)}; không sửa thì trang vẫn đúng.` }),
    en: (p) => ({ message: `${p.kind === 'tag' ? 'Tag' : 'Author'} ${q(p.name)} is also written in ${p.count} other way(s) (differing only in case or spacing): ${p.variantsEn}. Merged into one page ${q(p.url)} named ${q(p.name)}.`, hint: `If you like, spell the others exactly ${q(p.name)}; the page is right either way.` }),
  },
  ALIAS_INVALID: {
    vi: (p) => ({ message: `Địa chỉ cũ (aliases) ${q(p.alias)} không hợp lệ: ${p.reason}.`, hint: 'Viết đúng một địa chỉ cũ, bắt đầu bằng /, không có khoảng trắng, dấu *, dấu \\, “..” hay ký tự điều khiển, ví dụ /index.php?option=com_content&id=123 hoặc /tin-tuc/bai-cu.html. Không ghi địa chỉ của chính bài.' }),
    en: (p) => ({ message: `Alias ${q(p.alias)} is not valid: ${p.reasonEn}.`, hint: 'Write one old address, starting with /, without spaces, *, \\, ".." or control characters, e.g. /index.php?option=com_content&id=123 or /tin-tuc/old.html. Not the article\'s own address.' }),
  },
  ALIAS_CONFLICT: {
    vi: (p) => ({ message: `Địa chỉ cũ ${q(p.alias)} trùng với ${p.other}${p.otherLine ? ` (dòng ${p.otherLine})` : ''}${p.output ? `: cả hai là ${q(p.output)}` : ''}${p.detail ? ` (${p.detail})` : ''}.`, hint: 'Bỏ địa chỉ cũ này, hoặc sửa để nó không trùng với một trang, một tệp hay một địa chỉ cũ khác (/x/, /x và /x/index.html là một; chữ hoa và chữ thường cũng vậy).' }),
    en: (p) => ({ message: `Alias ${q(p.alias)} collides with ${p.otherEn ?? p.other}${p.otherLine ? ` (line ${p.otherLine})` : ''}${p.output ? `: both are ${q(p.output)}` : ''}${p.detailEn ? ` (${p.detailEn})` : ''}.`, hint: 'Remove the alias, or change it so it does not match a page, a file or another alias (/x/, /x and /x/index.html are one; so are upper and lower case).' }),
  },
  VIEWS_FILE_INVALID: {
    vi: (p) => ({ message: `Tệp lượt xem không đọc được: ${p.detail}`, hint: 'Tệp phải là JSON dạng {"bai-viet/ten-bai": 1234}, khóa là mã bài (đường dẫn tệp trong content, bỏ .md) hoặc địa chỉ bài. Có thể đổi tệp bằng khóa viewsFile trong cấu hình.' }),
    en: (p) => ({ message: `The views file cannot be read: ${p.detailEn ?? p.detail}`, hint: 'It must be JSON like {"bai-viet/article": 1234}, keyed by article id (content path without .md) or article URL. The viewsFile setting names the file.' }),
  },
  OUTPUT_CONFLICT: {
    vi: (p) => ({ message: `Hai trang cùng ghi vào ${q(p.path)}: ${p.first} và ${p.second}${p.detail ? ` (${p.detail})` : ''}.`, hint: p.publicFile ? 'Đổi tên hoặc xóa tệp trong public/: tệp ở đó không được thay một trang do baotinh tạo ra.' : 'Đổi đường dẫn (slug, permalink) của một trong hai.' }),
    en: (p) => ({ message: `Two pages write ${q(p.path)}: ${p.firstEn ?? p.first} and ${p.secondEn ?? p.second}${p.detailEn ? ` (${p.detailEn})` : ''}.`, hint: p.publicFile ? 'Rename or remove the file in public/: a file there may not replace a page baotinh generates.' : 'Change the slug or permalink of one of them.' }),
  },
  OUTPUT_PATH_TOO_LONG: {
    vi: (p) => ({ message: `Đường dẫn ${q(p.path)} của ${p.origin} quá dài cho hệ thống tệp: ${p.reason}.`, hint: 'Rút ngắn slug, tên chuyên mục hoặc mẫu permalink.' }),
    en: (p) => ({ message: `The path ${q(p.path)} of ${p.originEn ?? p.origin} is too long for a file system: ${p.reasonEn}.`, hint: 'Shorten the slug, the category name or the permalink pattern.' }),
  },
  CACHE_DISCARDED: {
    vi: (p) => ({ message: `Bộ nhớ đệm ${q(p.folder)} bị hỏng ở ${p.count} chỗ (${p.what}): đã bỏ phần hỏng và làm lại.`, hint: 'Không cần làm gì; nếu lặp lại, kiểm tra ổ đĩa hoặc bộ nhớ đệm của CI.' }),
    en: (p) => ({ message: `The cache ${q(p.folder)} was damaged in ${p.count} place(s) (${p.what}): the damaged parts were dropped and rebuilt.`, hint: 'Nothing to do; if it recurs, check the disk or the CI cache.' }),
  },
  OUTPUT_UNSAFE: {
    vi: (p) => ({ message: `Không dùng được ${q(p.folder)}${p.real ? ` (tức là ${q(p.real)})` : ''} làm thư mục đầu ra: ${({ is: `đó chính là ${p.label}`, contains: `nó chứa ${p.label}`, inside: `nó nằm trong ${p.label}`, root: 'đó chính là thư mục của trang', 'contains-root': 'nó chứa thư mục của trang', 'filesystem-root': 'đó là thư mục gốc của ổ đĩa' } as Record<string, string>)[String(p.rule)]}. Mỗi lần dựng, baotinh xoá và thay toàn bộ thư mục đầu ra.`, hint: 'Chọn một thư mục khác (tùy chọn --out, hoặc folders.output trong baotinh.config.yaml), ví dụ dist.' }),
    en: (p) => ({ message: `${q(p.folder)}${p.real ? ` (that is ${q(p.real)})` : ''} cannot be the output folder: ${({ is: `it is ${p.label}`, contains: `it contains ${p.label}`, inside: `it lies inside ${p.label}`, root: 'it is the site folder itself', 'contains-root': 'it contains the site folder', 'filesystem-root': 'it is the root of the file system' } as Record<string, string>)[String(p.rule)]}. Every build deletes and replaces the whole output folder.`, hint: 'Choose another folder (the --out option, or folders.output in baotinh.config.yaml), e.g. dist.' }),
  },
  OUTPUT_NOT_OURS: {
    vi: (p) => ({
      message: ({ folder: `Thư mục đầu ra ${q(p.folder)} đã có nội dung không phải do baotinh tạo ra (không có tệp đánh dấu .baotinh-output), nên baotinh không xoá nó.`, link: `${q(p.folder)} là một liên kết (symlink) tới ${q(p.target)} mà baotinh không tạo ra, nên baotinh không thay nó.`, file: `${q(p.folder)} là một tệp, không phải thư mục, nên baotinh không ghi đè nó.`, store: `Thư mục ${q(p.folder)} (nơi baotinh giữ các phiên bản của trang) đã có nội dung không phải do baotinh tạo ra.` } as Record<string, string>)[String(p.what)]!,
      hint: ({ folder: 'Nếu đó là bản dựng của phiên bản baotinh trước, hãy xoá thư mục đó một lần rồi dựng lại; nếu trong đó có tệp cần giữ, chọn thư mục đầu ra khác (--out hoặc folders.output).', link: 'Xoá liên kết đó rồi dựng lại, hoặc chọn thư mục đầu ra khác (--out hoặc folders.output).', file: 'Đổi tên hoặc xoá tệp đó, hoặc chọn thư mục đầu ra khác (--out hoặc folders.output).', store: 'Đổi tên hoặc chuyển thư mục đó đi rồi dựng lại.' } as Record<string, string>)[String(p.what)]!,
    }),
    en: (p) => ({
      message: ({ folder: `The output folder ${q(p.folder)} holds files that baotinh did not make (there is no .baotinh-output marker), so baotinh will not delete it.`, link: `${q(p.folder)} is a link (symlink) to ${q(p.target)} that baotinh did not make, so baotinh will not replace it.`, file: `${q(p.folder)} is a file, not a folder, so baotinh will not overwrite it.`, store: `The folder ${q(p.folder)} (where baotinh keeps the versions of the site) holds files that baotinh did not make.` } as Record<string, string>)[String(p.what)]!,
      hint: ({ folder: 'If it is the output of an earlier baotinh version, delete it once and build again; if it holds files you need, choose another output folder (--out or folders.output).', link: 'Remove the link and build again, or choose another output folder (--out or folders.output).', file: 'Rename or remove the file, or choose another output folder (--out or folders.output).', store: 'Rename or move that folder away, then build again.' } as Record<string, string>)[String(p.what)]!,
    }),
  },
  BUILD_LOCKED: {
    vi: (p) => ({ message: `Không dựng được: một bản dựng khác đang chạy (pid ${p.pid}, máy ${p.host}) và đang ghi vào thư mục đầu ra này; đã chờ ${p.seconds} giây.`, hint: `Chờ bản dựng đó xong rồi chạy lại. Nếu chắc chắn không còn bản dựng nào chạy, xoá tệp khoá ${q(p.lock)}.` }),
    en: (p) => ({ message: `Cannot build: another build is running (pid ${p.pid}, host ${p.host}) and writing this output folder; waited ${p.seconds} s.`, hint: `Wait for it to finish, then run again. If you are sure no build is running, delete the lock file ${q(p.lock)}.` }),
  },
  BUILD_WAITING: {
    vi: (p) => ({ message: `Một bản dựng khác đang chạy (pid ${p.pid}, máy ${p.host}); đang chờ nó xong (tối đa ${p.seconds} giây)…`, hint: 'Không cần làm gì; bản dựng này sẽ tự chạy tiếp.' }),
    en: (p) => ({ message: `Another build is running (pid ${p.pid}, host ${p.host}); waiting for it (at most ${p.seconds} s)…`, hint: 'Nothing to do; this build goes on by itself.' }),
  },
  LOCK_STALE: {
    vi: (p) => ({ message: `Tệp khoá ${q(p.lock)} còn lại từ một bản dựng đã dừng (pid ${p.pid} không còn chạy): đã gỡ và dựng tiếp.`, hint: 'Không cần làm gì. Bản dựng trước có thể đã bị ngắt (máy tắt, CI huỷ); trang đã đăng không bị ảnh hưởng.' }),
    en: (p) => ({ message: `The lock file ${q(p.lock)} was left by a build that stopped (pid ${p.pid} is not running): removed, building on.`, hint: 'Nothing to do. The earlier build was probably interrupted (machine stopped, CI cancelled); the published site is not affected.' }),
  },
  OUTPUT_RESTORED: {
    vi: (p) => ({ message: `Thư mục đầu ra ${q(p.folder)} bị thiếu (một bản dựng trước bị ngắt đúng lúc thay trang): đã khôi phục phiên bản hoàn chỉnh gần nhất, ${q(p.version)}.`, hint: 'Không cần làm gì.' }),
    en: (p) => ({ message: `The output folder ${q(p.folder)} was missing (an earlier build was interrupted while switching): restored the latest complete version, ${q(p.version)}.`, hint: 'Nothing to do.' }),
  },
  OUTPUT_CLEANUP: {
    vi: (p) => ({ message: `Không xoá được phiên bản cũ ${q(p.path)}: ${p.detail}. Trang mới đã được đăng; lần dựng sau sẽ xoá lại.`, hint: 'Kiểm tra quyền ghi và chỗ trống của ổ đĩa.' }),
    en: (p) => ({ message: `Could not delete the old version ${q(p.path)}: ${p.detail}. The new site is published; the next build tries again.`, hint: 'Check the permissions and free space of the disk.' }),
  },
  BUILD_VERIFY_MISMATCH: {
    vi: (p) => ({ message: `Bản dựng tăng dần khác bản dựng sạch ở ${p.count} tệp: ${p.files}. Trang đã đăng là bản dựng tăng dần; đây là lỗi của baotinh, không phải của nội dung.`, hint: 'Chạy baotinh build --clean để đăng bản dựng sạch, và gửi danh sách tệp này cho nhóm phát triển baotinh (kèm tệp .baotinh/state nếu được).' }),
    en: (p) => ({ message: `The incremental build differs from a clean build in ${p.count} file(s): ${p.files}. The published site is the incremental build; this is a bug in baotinh, not in the content.`, hint: 'Run baotinh build --clean to publish a clean build, and send this list to the baotinh developers (with the .baotinh/state file if you can).' }),
  },
  OUTPUT_NO_SYMLINKS: {
    vi: (p) => ({ message: `Ổ đĩa của ${q(p.folder)} không cho tạo liên kết (symlink): thư mục đầu ra được thay bằng hai lần đổi tên, không phải trong một bước.`, hint: 'Nên đặt thư mục đầu ra trên ổ đĩa có liên kết (ext4, APFS…) để việc thay trang là tức thời. Nếu bản dựng bị ngắt giữa hai lần đổi tên, lần dựng sau tự khôi phục.' }),
    en: (p) => ({ message: `The disk of ${q(p.folder)} does not allow links (symlinks): the output folder was replaced with two renames, not in one step.`, hint: 'Put the output folder on a disk with links (ext4, APFS…) so the switch is instant. A build interrupted between the two renames is repaired by the next one.' }),
  },
  CONTENT_MISSING: {
    vi: (p) => ({ message: `Không có thư mục nội dung ${q(p.folder)}${p.isFile ? ' (đó là một tệp, không phải thư mục)' : ''}.`, hint: `Tạo thư mục ${p.folder} và đặt các bài viết .md trong đó, hoặc sửa khóa folders.content trong cấu hình cho đúng thư mục bài viết.` }),
    en: (p) => ({ message: `The content folder ${q(p.folder)} does not exist${p.isFile ? ' (it is a file, not a folder)' : ''}.`, hint: `Create the folder ${p.folder} with the .md articles in it, or set folders.content in the configuration to the folder of the articles.` }),
  },
  SOURCE_OUTSIDE_PROJECT: {
    vi: (p) => ({ message: `${q(p.path)} dẫn qua một liên kết (symlink) ra ngoài thư mục của trang${p.skipped ? ': bỏ qua, không đăng' : ''}. Tệp ngoài thư mục trang không bao giờ được đọc hay đăng.`, hint: 'Chép tệp (hoặc thư mục) vào trong thư mục của trang thay cho liên kết, hoặc xóa liên kết.' }),
    en: (p) => ({ message: `${q(p.path)} leads through a link (symlink) outside the site folder${p.skipped ? ': skipped, not published' : ''}. Files outside the site folder are never read or published.`, hint: 'Copy the file (or folder) into the site folder instead of linking to it, or remove the link.' }),
  },
  SOURCE_NAME_CLASH: {
    vi: (p) => ({ message: `${q(p.path)} trùng tên với ${q(p.other)}, chỉ khác chữ hoa, chữ thường ở đuôi tệp: baotinh coi hai tệp là cùng một bài (trên Windows và macOS chúng còn là cùng một tệp). Tệp này không được dựng.`, hint: `Đổi tên một trong hai tệp (ví dụ ${p.suggestion}), hoặc xóa tệp thừa.` }),
    en: (p) => ({ message: `${q(p.path)} has the name of ${q(p.other)} but for the case of its ending: baotinh takes the two for one article (on Windows and macOS they are even one file). This file was not built.`, hint: `Rename one of the two (for example ${p.suggestion}), or delete the one not needed.` }),
  },
  SOURCE_LINK_SKIPPED: {
    vi: (p) => ({ message: `Bỏ qua liên kết (symlink) ${q(p.path)}: ${p.reason === 'loop' ? 'nó trỏ về một thư mục đã đọc (vòng lặp)' : 'nó trỏ tới một tệp không tồn tại hoặc vòng lặp liên kết'}.`, hint: 'Xóa liên kết này, hoặc sửa để nó trỏ tới một tệp hay thư mục có thật trong thư mục của trang.' }),
    en: (p) => ({ message: `Skipped the link (symlink) ${q(p.path)}: ${p.reason === 'loop' ? 'it points back to a folder already read (a loop)' : 'it points to nothing that exists, or to a loop of links'}.`, hint: 'Remove the link, or make it point to a real file or folder inside the site folder.' }),
  },
  BODY_CONTROL_CHAR: {
    vi: (p) => ({ message: `Dòng này có ký tự điều khiển ${p.codePoint} (không in ra được, làm hỏng trang và bản tin RSS): đã bỏ khỏi bài.`, hint: 'Xóa ký tự lạ này; nó thường đến từ việc dán chữ từ phần mềm khác hoặc từ tệp bị đổi bảng mã.' }),
    en: (p) => ({ message: `This line has the control character ${p.codePoint} (it cannot be printed and breaks pages and feeds): removed from the article.`, hint: 'Delete the odd character; it usually comes from text pasted from other software or a file converted with the wrong encoding.' }),
  },
  FIELD_CONTROL_CHAR: {
    vi: (p) => ({ message: `Giá trị của ${q(p.key)} có ký tự điều khiển ${p.codePoint} (không in ra được): đã bỏ đi.`, hint: 'Gõ lại giá trị này, đừng dán từ phần mềm khác; trong ngoặc kép, đừng viết các mã như \\u0007 hay \\0.' }),
    en: (p) => ({ message: `The value of ${q(p.key)} has the control character ${p.codePoint} (it cannot be printed): removed.`, hint: 'Type the value again instead of pasting it; in double quotes, do not write escapes such as \\u0007 or \\0.' }),
  },
  FIELD_DUPLICATE: {
    vi: (p) => ({ message: `Khóa ${q(p.key)} và ${q(p.other)} cùng là một khóa (${p.canonical}): không biết nên dùng giá trị nào.`, hint: `Xóa một trong hai dòng, chỉ giữ ${q(p.other)} hoặc ${q(p.key)}.` }),
    en: (p) => ({ message: `Keys ${q(p.key)} and ${q(p.other)} are the same key (${p.canonical}): which value is meant cannot be known.`, hint: `Delete one of the two lines, keeping ${q(p.other)} or ${q(p.key)}.` }),
  },
  FIELD_COMMENT_CUT: {
    vi: (p) => ({ message: `YAML coi phần từ “ #” trở đi là ghi chú nên bỏ đi: ${q(p.key)} chỉ còn ${q(p.kept)}.`, hint: `Nếu phần sau dấu # thuộc về giá trị, thay cả dòng bằng: ${p.fix}` }),
    en: (p) => ({ message: `YAML takes everything from " #" on for a comment: ${q(p.key)} is only ${q(p.kept)}.`, hint: `If the part after # belongs to the value, replace the line with: ${p.fix}` }),
  },
  FIELD_HTML_ENTITY: {
    vi: (p) => ({ message: `Giá trị của ${q(p.key)} có mã HTML (${p.entities}): đã đổi thành chữ, đọc là ${q(p.value)}.`, hint: `Sửa trong tệp cho gọn: viết thẳng chữ có dấu và dấu nháy thay cho mã &…; (thường có khi chép từ RSS hoặc từ hệ thống cũ), ví dụ: ${p.key}: ${JSON.stringify(p.value)}` }),
    en: (p) => ({ message: `The value of ${q(p.key)} has HTML entities (${p.entities}): decoded, it reads ${q(p.value)}.`, hint: `Tidy the file: write the letters and quotes themselves instead of &…; codes (they come from RSS or old CMS exports), e.g. ${p.key}: ${JSON.stringify(p.value)}` }),
  },
  BODY_PRIVATE_USE: {
    vi: (p) => ({ message: `Dòng này có ký tự vùng dùng riêng ${p.codePoint} (không hiển thị được trên trang): đã bỏ khỏi bài.`, hint: 'Xóa ký tự lạ này (thường do dán từ phần mềm khác hoặc phông chữ cũ). Nếu chữ tiếng Việt bị lỗi phông, hãy chuyển mã sang Unicode.' }),
    en: (p) => ({ message: `This line has the private-use character ${p.codePoint} (it cannot be shown on a page): removed from the article.`, hint: 'Delete the odd character (it usually comes from pasting from other software or an old font). If Vietnamese text has font damage, convert it to Unicode.' }),
  },
} satisfies Record<string, Entry>;

export type MessageCode = keyof typeof catalogue;

export function messageText(code: MessageCode, params: MessageParams, lang: Lang): Text {
  return catalogue[code][lang](params);
}
