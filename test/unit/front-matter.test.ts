import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { frontBlockOf, readArticle, readKnownFront } from '../../src/content/article.js';
import { splitFrontMatter } from '../../src/content/front-matter.js';
import { normalizeText } from '../../src/sources/read-text.js';

const ctx = {
  timeZone: 'Asia/Ho_Chi_Minh',
  permalink: '/tin-tuc/{yyyy}/{mm}/{slug}/',
  categories: [
    { slug: 'tin-hoat-dong', name: 'Tin hoạt động', description: '', order: 0 },
    { slug: 'dan-van-kheo', name: 'Dân vận khéo', description: '', order: 1 },
  ],
};
const read = (text: string) => readArticle({ contentPath: 'bai-viet/a.md', file: 'content/bai-viet/a.md', text: normalizeText(text) }, ctx);

describe('front-matter', () => {
  it('keeps unquoted timestamps as text and reads them in the site time zone', () => {
    const { draft } = read('---\ntitle: Tin\ndate: 2023-01-11 08:00\ncategory: tin-hoat-dong\n---\nThân bài');
    expect(new Date(draft!.meta.date.epochMs).toISOString()).toBe('2023-01-11T01:00:00.000Z');
    expect(draft!.url).toBe('/tin-tuc/2023/01/tin/');
  });
  it('reports a YAML error on its file line (pinned: YAML line + 1 for the opening fence)', () => {
    const { diagnostics } = read('---\ntitle: Tin\ndate: 2023-01-11\ncategory: [tin-hoat-dong\n---\n');
    expect(diagnostics[0]).toMatchObject({ code: 'FRONTMATTER_YAML', file: 'content/bai-viet/a.md' });
    expect(diagnostics[0]!.line).toBeGreaterThanOrEqual(4);
    const dup = read('---\ntitle: A\ntitle: B\n---\n').diagnostics[0]!;
    expect(dup).toMatchObject({ code: 'FRONTMATTER_YAML', line: 3 });
    expect(dup.frame).toContain('> 3 | title: B');
  });
  it('accepts a BOM and CRLF line ends and normalises decomposed Vietnamese to NFC', () => {
    const text = '\uFEFF---\r\ntitle: Dân vận khéo\r\ndate: 11/01/2023\r\ncategory: tin-hoat-dong\r\n---\r\nThân bài\r\n'.normalize('NFD');
    const { draft, diagnostics } = read(text);
    expect(diagnostics).toEqual([]);
    expect(draft!.meta.title).toBe('Dân vận khéo'.normalize('NFC'));
    expect(draft!.meta.title).not.toBe('Dân vận khéo'.normalize('NFD'));
    expect(draft!.body).toBe('Thân bài\n');
    expect(draft!.bodyLine).toBe(6);
  });
  it('refuses JavaScript front-matter instead of running it', () => {
    const { diagnostics } = read('---js\n{ title: (() => { throw new Error("ran") })() }\n---\n');
    expect(diagnostics[0]!.code).toBe('FRONTMATTER_LANGUAGE');
  });
  it('names each missing required key and warns on unknown keys with a suggestion', () => {
    const { diagnostics } = read('---\ntitel: Tin\n---\n');
    expect(diagnostics.map((d) => [d.code, d.params.key])).toEqual([
      ['FIELD_UNKNOWN', 'titel'],
      ['FIELD_REQUIRED', 'title'],
      ['FIELD_REQUIRED', 'date'],
      ['FIELD_REQUIRED', 'category'],
    ]);
    expect(diagnostics[0]).toMatchObject({ severity: 'warning', params: { suggestion: 'title' }, line: 2 });
  });
  it('reports a bad date on the line of the key', () => {
    const { diagnostics } = read('---\ntitle: Tin\ncategory: tin-hoat-dong\ndate: 32/01/2023\n---\n');
    expect(diagnostics).toMatchObject([{ code: 'DATE_INVALID', line: 4, column: 7, params: { value: '32/01/2023' } }]);
  });
  it('accepts a category by its exact Vietnamese name and suggests the closest slug otherwise', () => {
    expect(read('---\ntitle: T\ndate: 2023-01-11\ncategory: Dân vận khéo\n---\n').draft!.meta.category).toBe('dan-van-kheo');
    const { diagnostics } = read('---\ntitle: T\ndate: 2023-01-11\ncategory: dan-van-keo\n---\n');
    expect(diagnostics).toMatchObject([{ code: 'CATEGORY_UNKNOWN', line: 4, params: { suggestion: 'dan-van-kheo' } }]);
  });
  it('refuses slugs with path tricks', () => {
    for (const slug of ['../../etc', 'a/b', 'Có Dấu']) {
      expect(read(`---\ntitle: T\ndate: 2023-01-11\ncategory: tin-hoat-dong\nslug: ${slug}\n---\n`).diagnostics[0]!.code, slug).toBe('SLUG_INVALID');
    }
  });
  it('checks the types of optional keys', () => {
    const { diagnostics } = read('---\ntitle: T\ndate: 2023-01-11\ncategory: tin-hoat-dong\nviews: "2.238"\ndraft: có\ntags: {a: 1}\n---\n');
    expect(diagnostics.map((d) => [d.code, d.params.key])).toEqual([['FIELD_TYPE', 'tags'], ['FIELD_TYPE', 'views'], ['FIELD_TYPE', 'draft']]);
  });
  it('says when there is no front-matter or no closing fence', () => {
    expect(splitFrontMatter('Chỉ có thân bài', 'x.md').diagnostics[0]!.code).toBe('FRONTMATTER_MISSING');
    expect(splitFrontMatter('---\ntitle: x\nThân bài', 'x.md').diagnostics[0]!.code).toBe('FRONTMATTER_UNCLOSED');
  });
});

describe('the body is cut where gray-matter cuts it', () => {
  // splitFrontMatter hands gray-matter only the block up to its closing fence: the body and the YAML
  // must be what gray-matter gives for the whole file, whatever follows the fence.
  const matter = createRequire(import.meta.url)('gray-matter') as (text: string, options: object) => { content: string; matter: string };
  const closers = ['\n---\n', '\n---\r\n', '\n---\r', '\n---', '\n---\n\n', '\n--- \n', '\n----\n', '\n---x\n', '\n---\r\r\n'];
  const pieces = ['---', '--- ', '----', '---x', '\n', '\r\n', '\r', 'title: A', 'date: 2023-01-11', '# chú thích', 'Thân bài', ' ', '\n---\n', '\n---', 'excerpt: x', '---yaml'];
  it('for any text after an opening fence', () => {
    let seed = 7;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    let compared = 0;
    for (let i = 0; i < 3000; i++) {
      let text = next(2) ? '---\n' : '---\r\n';
      const some = (): void => {
        for (let k = next(5); k > 0; k--) text += pieces[next(pieces.length)];
      };
      some();
      text += closers[next(closers.length)];
      some();
      if (next(2)) text += '\n---\n';
      some();
      const mine = splitFrontMatter(text, 'a.md');
      if (!mine.frontMatter) continue;
      const theirs = matter(text, { language: 'yaml', delimiters: '---', engines: { yaml: () => ({}) } });
      expect(mine.frontMatter.body, JSON.stringify(text)).toBe(theirs.content);
      expect(mine.frontMatter.yamlText, JSON.stringify(text)).toBe(theirs.matter.replace(/^\s*#[^\n]+/gm, '').trim() === '' ? '' : theirs.matter);
      compared++;
    }
    expect(compared).toBeGreaterThan(500);
  });
});

describe('a body edit reads its front-matter as before, without parsing it again', () => {
  const file = { contentPath: 'bai-viet/a.md', file: 'content/bai-viet/a.md' };
  const known = (text: string) => {
    const { draft, diagnostics } = read(text);
    expect(diagnostics).toEqual([]);
    const front = frontBlockOf(draft!)!;
    const { meta, url, urlLine } = draft!;
    return { front, draft: { ...file, meta, url, ...(urlLine !== undefined && { urlLine }) } };
  };
  const FRONT = '---\ntitle: Dân vận khéo ở xã Đại Tiến\ndate: 11/01/2023 08:00\ncategory: dan-van-kheo\ntags: [dân vận]\n---\n';
  const bodies = ['Thân bài.\n', '\nThân bài sau một dòng trống.\n', '---\nMột đường kẻ ngay đầu thân bài.\n', '', '# Tiêu đề\n\nĐoạn **đậm**.\n'];

  it('gives what reading the whole text gives, for any body after the same block', () => {
    const before = known(`${FRONT}Thân bài cũ.\n`);
    for (const body of bodies) {
      const text = normalizeText(FRONT + body);
      const full = read(text).draft!;
      const fast = readKnownFront({ ...file, text }, before, { legacyEncoding: 'warning' })!;
      expect(fast, JSON.stringify(body)).toBeDefined();
      expect({ ...fast, source: undefined }).toEqual({ ...full, source: undefined });
    }
  });

  it('reads the whole text again when the block changed, or the text has something to say', () => {
    const before = known(`${FRONT}Thân bài cũ.\n`);
    const again = (text: string) => readKnownFront({ ...file, text: normalizeText(text) }, before, { legacyEncoding: 'warning' });
    expect(again(FRONT.replace('Đại Tiến', 'Đại Đồng') + 'Thân bài.\n')).toBeUndefined();
    expect(again(FRONT.replace('---\n', '---\nsummary: Tóm tắt\n') + 'Thân bài.\n')).toBeUndefined();
    // A body typed in TCVN3 (a legacy encoding): the warning must be said, as a full read says it.
    const legacy = `${FRONT}Ban D©n vËn TØnh ñy tæ chøc héi nghÞ ë x· §¹i TiÕn.\n`;
    expect(read(normalizeText(legacy)).diagnostics.map((d) => d.code)).toEqual(['LEGACY_ENCODING']);
    expect(again(legacy)).toBeUndefined();
    expect(again(FRONT.slice(0, -1))).toBeUndefined();
  });
});
