// Markdown bodies for fuzz cases: ordinary Vietnamese paragraphs mixed with blocks that stress the
// parser and our rules (figures, captions, image paths, links, heading anchors, tables): deep nesting,
// huge tables, raw HTML (off by default), entities, template syntax, odd characters.
import type { Generated } from './front-matter-gen.js';
import { IMAGE_PATHS, LINK_TARGETS, ODD_CHARACTERS, ODD_TEXTS } from './hostile-values.js';
import type { Random } from './random.js';

const PARAGRAPHS = [
  'Sáng 11/01/2023, Ban Dân vận Tỉnh ủy tổ chức Hội nghị tổng kết công tác dân vận năm 2022.',
  'Đồng chí Bí thư Tỉnh ủy phát biểu chỉ đạo "Dân vận khéo" và nhấn mạnh vai trò của Mặt trận.',
  'Người dân xã Đức Hồng, huyện Trùng Khánh góp 1.200 ngày công, hiến 3.500 m² đất làm đường.',
];

function image(r: Random): string {
  const alt = r.pick(['Các đại biểu', '', 'ảnh "có" ngoặc', '*nghiêng*', r.pick(ODD_TEXTS)]);
  const title = r.chance(0.3) ? ` "${r.pick(['Chú thích', 'có "ngoặc" & <b>', ''])}"` : '';
  // Mostly the real photos, so the rest of the body gets rendered too; otherwise any path trick.
  const src = r.chance(0.6) ? r.pick(['/anh/a.jpg', 'anh/b.png', '../anh/a.jpg']) : r.pick(IMAGE_PATHS);
  return `![${alt}](${src}${title})`;
}

/** Each block generator returns Markdown text. */
const BLOCKS: Record<string, (r: Random) => string> = {
  paragraph: (r) => r.pick(PARAGRAPHS),
  'figure with caption': (r) => `${image(r)}\n*${r.pick(['Các đại biểu dự Hội nghị', '', '**đậm**', r.pick(ODD_TEXTS)])}*`,
  'inline images': (r) => `Ảnh ${image(r)} giữa dòng và ${image(r)} nữa.`,
  'image in a link': (r) => `[${image(r)}](${r.pick(LINK_TARGETS)})`,
  'image in a list': (r) => `- ${image(r)}\n  *chú thích trong danh sách*`,
  'image in a heading': (r) => `## ${image(r)}`,
  'image reference': (r) => `![ảnh][r1]\n\n[r1]: ${r.pick(IMAGE_PATHS)} "tiêu đề"`,
  link: (r) => `Xem [bài này](${r.chance(0.5) ? './bai-khac.md' : r.pick(LINK_TARGETS)}) và <${r.pick(['https://example.vn', 'javascript:alert(1)', 'mailto:a@b.vn'])}>.`,
  'link reference': (r) => `Xem [bài][ref].\n\n[ref]: ${r.pick(LINK_TARGETS)} 'tiêu đề'`,
  headings: (r) => ['# Tiêu đề cấp một', '## Kết quả', '## Kết quả', '### !!!', `## ${r.pick(ODD_TEXTS)}`, '###### sâu', 'Setext\n===', '## {#id}'].slice(0, r.int(1, 8)).join('\n\n'),
  'deep list': (r) => Array.from({ length: r.int(10, 200) }, (_, i) => `${'  '.repeat(i)}- mục ${i}`).join('\n'),
  'deep list markers': (r) => `${'- '.repeat(r.int(10, 500))}x`,
  'deep blockquote': (r) => `${'> '.repeat(r.int(10, 1000))}trích dẫn`,
  'deep emphasis': (r) => `${'*'.repeat(r.int(10, 2000))}x${'*'.repeat(r.int(0, 2000))}`,
  'deep brackets': (r) => `${'['.repeat(r.int(10, 2000))}x${'](a)'.repeat(r.int(0, 300))}`,
  'many links': (r) => Array.from({ length: r.int(20, 300) }, (_, i) => `[l${i}](./x${i}.md)`).join(r.pick([' ', '\n'])),
  'huge table': (r) => {
    const cols = r.int(2, 40);
    const rows = r.int(1, 200);
    const row = (cell: (c: number) => string) => `| ${Array.from({ length: cols }, (_, c) => cell(c)).join(' | ')} |`;
    return [row((c) => `Cột ${c}`), row(() => r.pick(['---', ':--', '--:', ':-:'])), ...Array.from({ length: rows }, (_, i) => row((c) => `${i}×${c}`))].join('\n');
  },
  'table with photos and links': (r) => `| Ảnh | Liên kết |\n| --- | --- |\n| ${image(r)} | [bài khác](${r.chance(0.5) ? './bai-khac.md' : r.pick(LINK_TARGETS)}) |`,
  'ragged table': () => '| a | b |\n|---|\n| 1 | 2 | 3 |\n| ![x](/anh/a.jpg) |',
  'code fence': (r) => `\`\`\`${r.pick(['', 'js', '<script>', '{{x}}'])}\n${r.pick(ODD_TEXTS)}\n${r.chance(0.5) ? '```' : ''}`,
  'indented text': () => '    Đoạn thụt lề bốn dấu cách\n\n\tvà một tab',
  'raw html': (r) => r.pick(['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<iframe src="//evil"></iframe>',
    '<!-- chú thích -->', '<![CDATA[x]]>', '<?php echo 1; ?>', '</p></div></body>', '<style>body{display:none}</style>', '<a href="javascript:alert(1)">x</a>']),
  entities: () => '&#0; &#xD800; &#x110000; &#65535; &nbsp; &bogus; &#x202E; &amp;lt; &#x1F600; &#xFFFD;',
  'template syntax': () => '{{ site.title }} {% include "base.njk" %} {# c #} {{ "x" | safe }} ${x}',
  'odd characters': (r) => `Chữ${r.some(ODD_CHARACTERS, r.int(1, 12)).join('chữ')}chữ`,
  'long line': (r) => 'dài'.repeat(r.int(1000, 20000)),
  footnote: () => 'Chú thích[^1].\n\n[^1]: Nội dung chú thích.',
  'thematic breaks': () => '---\n\n***\n\n___\n\n---\ntitle: giả front-matter\n---',
  quotes: () => `"Dân vận khéo" và 'trích' "lồng 'nhau'" ''' """`,
  'backslashes': () => '\\*không nghiêng\\* \\[x\\](y) \\',
  'html comment unclosed': () => '<!-- không đóng',
};

export function markdownBody(r: Random): Generated {
  const labels: string[] = [];
  const blocks: string[] = [r.pick(PARAGRAPHS)];
  const count = r.int(1, 5);
  for (let i = 0; i < count; i++) {
    const name = r.pick(Object.keys(BLOCKS));
    blocks.push(BLOCKS[name]!(r));
    if (name !== 'paragraph') labels.push(`md: ${name}`);
  }
  const text = blocks.join(r.chance(0.9) ? '\n\n' : '\n');
  return { text: `${text}\n`, labels };
}
