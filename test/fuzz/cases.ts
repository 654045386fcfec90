// One fuzz case = a small fixture site (the minimal config, one valid article, a few photos good and
// bad) plus one or two generated articles. Generation is a pure function of (suite seed, case index),
// so a case named in a failure can be generated again on its own.
import sharp from 'sharp';
import { MINIMAL_CONFIG } from '../fixtures/make-site.js';
import { encodeArticle } from './bytes.js';
import { frontMatter } from './front-matter-gen.js';
import { markdownBody } from './markdown-gen.js';
import { caseSeed, createRandom, type Random } from './random.js';

export interface FuzzCase {
  readonly index: number;
  /** The case's own seed (from the suite seed and the index). */
  readonly seed: number;
  /** What was generated, in a few words. */
  readonly labels: readonly string[];
  /** The generated articles: site-relative path → bytes. */
  readonly articles: Readonly<Record<string, Buffer>>;
  /** Extra command-line options (a base path, drafts and future articles). */
  readonly args: readonly string[];
}

/** Photos and the valid article every case shares, made once per suite. */
export interface BaseFiles {
  readonly files: Readonly<Record<string, Buffer>>;
}

export async function makeBaseFiles(): Promise<BaseFiles> {
  const jpeg = await sharp({ create: { width: 16, height: 12, channels: 3, background: { r: 200, g: 30, b: 30 } } }).jpeg().toBuffer();
  const png = await sharp({ create: { width: 8, height: 8, channels: 4, background: { r: 0, g: 90, b: 160, alpha: 0.5 } } }).png().toBuffer();
  return {
    files: {
      'baotinh.config.yaml': Buffer.from(MINIMAL_CONFIG),
      'content/anh/a.jpg': jpeg,
      'content/anh/b.png': png,
      'content/anh/hong.jpg': jpeg.subarray(0, Math.floor(jpeg.length / 2)),
      'content/anh/gia.png': Buffer.from('không phải ảnh PNG'),
      'content/anh/ve.svg': Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      // Its tag and author are the ones generated articles spell in look-alike ways (collisions).
      'content/bai-viet/bai-khac.md': Buffer.from('---\ntitle: Bài khác\ndate: 2022-12-01\ncategory: tin-tuc\ntags: [dân vận]\nauthor: Dương Liễu\n---\n## Phần 2\n\nNội dung.\n'),
    },
  };
}

/** File names an article may have: plain, Vietnamese, spaces, URL-special characters, NFD. */
const ARTICLE_NAMES = ['fuzz.md', 'fuzz.md', 'fuzz.md', 'Bài Viết Mới.md', 'a%20b.md', '#1.md', 'x?y.md', '[nháp].md',
  'ĐẶC BIỆT.md', 'hội nghị.md'.normalize('NFD'), 'bai-khac.MD', 'index.md', '_an.md', '.an.md', 'a&b=c.md'];

function article(r: Random, labels: string[]): string {
  const fm = frontMatter(r);
  const body = markdownBody(r);
  labels.push(...fm.labels, ...body.labels);
  const open = r.chance(0.02) ? r.pick(['---js', '--- ', '----', '---yaml', '']) : '---';
  if (open !== '---') labels.push(`fence: ${JSON.stringify(open)}`);
  const close = r.chance(0.02) ? '' : '\n---\n';
  if (!close) labels.push('no closing fence');
  return `${open}\n${fm.text}${close}${body.text}`;
}

export function generateCase(suiteSeed: number, index: number): FuzzCase {
  const seed = caseSeed(suiteSeed, index);
  const r = createRandom(seed);
  const labels: string[] = [];
  const articles: Record<string, Buffer> = {};
  const count = r.chance(0.15) ? 2 : 1;
  for (let i = 0; i < count; i++) {
    const name = i === 0 ? r.pick(ARTICLE_NAMES) : 'fuzz-2.md';
    const file = `content/bai-viet/${name}`;
    const encoded = encodeArticle(r, article(r, labels), 0.12);
    if (encoded.label) labels.push(encoded.label);
    if (name !== 'fuzz.md') labels.push(`file: ${name}`);
    articles[file] = encoded.bytes;
  }
  const args = [...(r.chance(0.2) ? ['--base-path', '/portal/'] : []), ...(r.chance(0.2) ? ['--drafts', '--future'] : [])];
  if (args.length) labels.push(`cli: ${args.join(' ')}`);
  return { index, seed, labels: [...new Set(labels)], articles, args };
}

/** The case's name in the test list: its number, its seed, and what it holds (shortened). */
export function caseName(c: FuzzCase): string {
  const what = c.labels.join('; ');
  return `case ${c.index} (seed ${c.seed}): ${what.length > 160 ? `${what.slice(0, 157)}…` : what || 'plain'}`;
}
