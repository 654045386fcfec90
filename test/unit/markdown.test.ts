import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../fuzz/random.js';
import { createMarkdown, collectReferences, parseBody, plainText, renderBody } from '../../src/content/markdown.js';
import type { MarkdownEnv } from '../../src/content/markdown-env.js';

const md = createMarkdown({ html: false });
function render(source: string, extra: Partial<MarkdownEnv> = {}): string {
  const env: MarkdownEnv = {
    headings: [],
    urlFor: (p) => `/portal${p}`,
    siteHost: 'danvan.example.vn',
    strings: { externalLink: '(liên kết ngoài)', tableLabel: 'Bảng số liệu' },
    ...extra,
  };
  return renderBody(md, parseBody(md, source, env), env).trim();
}

const SLOT = (n: number): string => `\uE000${n}\uE001`;

describe('figures', () => {
  it('turns an image followed by an italic line into a figure with a caption', () => {
    const env: MarkdownEnv = {};
    const html = renderBody(md, parseBody(md, '![Đại biểu dự hội nghị](/anh/a.jpg)\n*Các đại biểu dự Hội nghị*', env), env).trim();
    expect(html).toBe(`<figure>${SLOT(0)}<figcaption>Các đại biểu dự Hội nghị</figcaption></figure>`);
    expect(env.imageSlots).toEqual([{ ref: '/anh/a.jpg', alt: 'Đại biểu dự hội nghị' }]);
  });
  it('a captioned photo in a tight list item keeps its <figure> (a bare <figcaption> in <li> is invalid HTML)', () => {
    const html = render('- ![ảnh](/anh/a.jpg)\n  *chú thích*');
    expect(html).toMatch(/<li>\s*<figure>[^]*<figcaption>chú thích<\/figcaption><\/figure>/);
  });
  it('uses the image title as caption when there is no italic line', () => {
    expect(render('![alt](/a.jpg "Chú thích ảnh")')).toContain('<figcaption>Chú thích ảnh</figcaption>');
  });
  it('keeps links and bold inside captions', () => {
    expect(render('![a](/a.jpg)\n*Ảnh: **Thu Hà** – [nguồn](https://x.vn)*')).toMatch(/<figcaption>Ảnh: <strong>Thu Hà<\/strong> – <a href="https:\/\/x.vn"/);
  });
  it('leaves an image inside running text alone', () => {
    expect(render('Xem ảnh ![a](/a.jpg) ở đây.')).toBe(`<p>Xem ảnh ${SLOT(0)} ở đây.</p>`);
  });
  it('does not treat a partly italic line as a caption', () => {
    expect(render('![a](/a.jpg)\n*Một phần* còn lại')).not.toContain('<figcaption>');
  });
  it('numbers image slots in order and keeps alt text and titles', () => {
    const env: MarkdownEnv = {};
    const html = renderBody(md, parseBody(md, '![một](/a.jpg)\n\nChữ ![hai *nghiêng*](/b.jpg "Tiêu đề")', env), env);
    expect(html).toContain(SLOT(0));
    expect(html).toContain(SLOT(1));
    expect(env.imageSlots).toEqual([{ ref: '/a.jpg', alt: 'một' }, { ref: '/b.jpg', alt: 'hai nghiêng', title: 'Tiêu đề' }]);
  });
});

describe('headings', () => {
  it('get unique Vietnamese slug ids and body h1 becomes h2', () => {
    const env: MarkdownEnv = { headings: [] };
    const html = renderBody(md, parseBody(md, '# Kết quả nổi bật\n\n## Kết quả nổi bật\n\n### Đề xuất', env), env);
    expect(html).toContain('<h2 id="ket-qua-noi-bat">Kết quả nổi bật</h2>');
    expect(html).toContain('<h2 id="ket-qua-noi-bat-2">');
    expect(html).toContain('<h3 id="de-xuat">');
    expect(env.headings!.map((h) => h.id)).toEqual(['ket-qua-noi-bat', 'ket-qua-noi-bat-2', 'de-xuat']);
  });
});

describe('links', () => {
  it('marks external links, opens them safely and tells screen readers', () => {
    const html = render('[Cổng Chính phủ](https://chinhphu.vn)');
    expect(html).toContain('<a href="https://chinhphu.vn" target="_blank" rel="noopener noreferrer external" class="external">Cổng Chính phủ<span class="visually-hidden"> (liên kết ngoài)</span></a>');
  });
  it('applies the base path to site-root links and leaves links to the site itself internal', () => {
    expect(render('[mục](/chuyen-muc/dan-van-kheo/)')).toContain('href="/portal/chuyen-muc/dan-van-kheo/"');
    expect(render('[x](https://danvan.example.vn/a/)')).not.toContain('target=');
  });
  it('turns links to other articles\' sources into their URLs', () => {
    const html = render('[bài trước](./bai-truoc.md#ket-qua)', { articleLinks: new Map([['./bai-truoc.md', '/tin-tuc/2023/01/bai-truoc/']]) });
    expect(html).toContain('href="/portal/tin-tuc/2023/01/bai-truoc/#ket-qua"');
  });
  it('links bare web addresses but not bare domain names or e-mail addresses', () => {
    expect(render('Xem tại https://chinhphu.vn/van-ban nhé')).toContain('<a href="https://chinhphu.vn/van-ban" target="_blank"');
    expect(render('Trang caobang.gov.vn và thư ban@caobang.gov.vn')).not.toContain('<a ');
  });
  it('never produces javascript: links', () => {
    expect(render('[bấm](javascript:alert(1))')).not.toContain('href="javascript:');
  });
});

describe('editor-safety defaults', () => {
  it('escapes raw HTML by default', () => {
    const html = render('<script>alert("x")</script>\n\nĐoạn <b>đậm</b>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('&lt;b&gt;');
  });
  it('allows raw HTML only when configured', () => {
    const withHtml = createMarkdown({ html: true });
    const env: MarkdownEnv = {};
    expect(renderBody(withHtml, parseBody(withHtml, 'Đoạn <b>đậm</b>', env), env)).toContain('<b>đậm</b>');
  });
  it('does not turn accidentally indented text into a code block', () => {
    expect(render('    Đoạn văn thụt lề.')).toBe('<p>Đoạn văn thụt lề.</p>');
  });
  it('uses Vietnamese curly quotes', () => {
    expect(render('Phong trào "Dân vận khéo"')).toBe('<p>Phong trào “Dân vận khéo”</p>');
  });
  it('leaves template syntax in text alone', () => {
    expect(render('Giá trị {{ site.title }} và {% raw %}')).toBe('<p>Giá trị {{ site.title }} và {% raw %}</p>');
  });
  it('wraps tables in a labelled, focusable scroll box', () => {
    const html = render('| Huyện | Số hộ |\n| --- | --- |\n| Hòa An | 120 |');
    expect(html).toMatch(/^<div class="table-scroll" role="region" tabindex="0" aria-label="Bảng số liệu">\n<table>/);
    expect(html).toMatch(/<\/table>\n<\/div>$/);
  });
});

describe('collectReferences', () => {
  it('reports images and article links with their file line and column', () => {
    const body = 'Đoạn một.\n\nDòng A\nDòng B ![x](/anh/b.jpg)\n\n[bài](./khac.md)\n';
    const env: MarkdownEnv = {};
    const refs = collectReferences(parseBody(md, body, env), body, 5);
    expect(refs.images).toEqual([{ ref: '/anh/b.jpg', line: 8, column: 13, alt: 'x', captioned: false }]);
    expect(refs.articleLinks).toEqual([{ ref: './khac.md', line: 10, column: 7, target: './khac.md' }]);
  });
  it('20,000 references on one line each get their own column (no search from the line start)', () => {
    const body = `${Array.from({ length: 20_000 }, (_, i) => `[b${i}](./x.md)`).join(' ')}\n`;
    const refs = collectReferences(parseBody(md, body, {}), body, 6);
    expect(refs.articleLinks).toHaveLength(20_000);
    expect(new Set(refs.articleLinks.map((r) => r.column)).size).toBe(20_000);
    expect(refs.articleLinks[19_999]!.column).toBe(body.lastIndexOf('./x.md') + 1);
  });
  it('columns point at the address in blockquotes, lists, captions and after encoded letters', () => {
    const body = '> Xem [bài](./bài-cũ.md)\n\n- mục [a](./a.md)\n\n![Ảnh](/anh/ảnh.jpg)\n*Chú thích [nguồn](./nguon.md)*\n';
    const refs = collectReferences(parseBody(md, body, {}), body, 1);
    expect(refs.articleLinks.map((r) => [r.line, r.column, r.target])).toEqual([[1, 13, './bài-cũ.md'], [3, 11, './a.md'], [6, 20, './nguon.md']]);
    expect(refs.images.map((r) => [r.line, r.column])).toEqual([[5, 8]]);
  });
  it('a malformed % escape in a link never throws and stays as written', () => {
    const body = '[x](%E0%A4%A.md) [y](bai%zz.md) [z](%C3%A0.md)\n';
    const refs = collectReferences(parseBody(md, body, {}), body, 1);
    expect(refs.articleLinks.map((r) => r.target)).toEqual(['%E0%A4%A.md', 'bai%zz.md', 'à.md']);
  });
});

describe('the text a reader sees (excerpts, search)', () => {
  it('keeps a space where a paragraph breaks its line, soft or hard', () => {
    const tokens = parseBody(md, 'Dòng một\ndòng hai  \ndòng ba\\\ndòng bốn\n\nĐoạn *nhấn* và `mã`', {});
    expect(plainText(tokens)).toBe('Dòng một dòng hai dòng ba dòng bốn Đoạn nhấn và mã');
  });
  it('is the words of the text with single spaces between them, whatever spaces the source has', () => {
    const next = mulberry32(12);
    const pieces = ['Tin', 'tức', 'đảng ủy', ' ', '  ', '\t', '\u00a0', '\n', '\n\n', '*nhấn*', '`mã  a`', '\\', '```\nkhối  mã\n  dòng\n```\n', '- mục\n', '> trích\n', '# Tiêu đề\n'];
    for (let i = 0; i < 2000; i++) {
      const source = Array.from({ length: 1 + Math.floor(next() * 14) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      const tokens = parseBody(md, source, {});
      // The definition: every text piece, a space for each line break and after each block, then
      // runs of whitespace made one space, and none at the ends.
      let text = '';
      for (const t of tokens) {
        if (t.type === 'inline') for (const c of t.children ?? []) text += c.type === 'text' || c.type === 'code_inline' ? c.content : c.type === 'softbreak' || c.type === 'hardbreak' ? ' ' : '';
        if (t.type === 'inline' || t.type === 'fence') text += `${t.type === 'fence' ? t.content : ''} `;
      }
      expect(plainText(tokens), JSON.stringify(source)).toBe(text.replace(/\s+/g, ' ').trim());
    }
  });
});
