// The body's image and article-link references, each with its file line and column, for the checks
// that run between parsing and rendering (does the photo exist? does the linked article?).
// Linear in the body: each line's text is found once, each reference by its recorded offset.
import type { Token } from 'markdown-it';
import { attrText } from './markdown-env.js';
import { articleSourceOf, attachmentSourceOf } from './rules/links.js';
import { srcOffsetOf } from './rules/source-offsets.js';

export interface Reference {
  /** As it is in the token (what the renderer looks up): path part of the href, or the image src. */
  readonly ref: string;
  /** 1-based file line and column. */
  readonly line: number;
  readonly column: number;
  /** Images only: alt text and whether it has a caption. */
  readonly alt?: string;
  readonly captioned?: boolean;
  /** Article links only: the source path the link names, percent-decoded. */
  readonly target?: string;
}

export interface References {
  readonly images: Reference[];
  readonly articleLinks: Reference[];
  /** Links to local documents (rules/links.ts attachmentSourceOf); `target` is the decoded path. */
  readonly attachments: Reference[];
}

/** Image and article-link references with file positions (`bodyLine` = file line of the body's first line). */
export function collectReferences(tokens: readonly Token[], body: string, bodyLine: number): References {
  const images: Reference[] = [];
  const articleLinks: Reference[] = [];
  const attachments: Reference[] = [];
  let lines: string[] | undefined; // split only when there is something to locate
  // Table cells have no lines of their own: they are on the line of their row (the last token with a map).
  let lastMap: [number, number] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const block = tokens[i]!;
    if (block.map) lastMap = block.map;
    const map = block.map ?? lastMap;
    if (block.type !== 'inline' || !block.children || !map) continue;
    const captioned = tokens[i + 1]?.type === 'figcaption_open' || tokens[i - 1]?.type === 'figcaption_open';
    let locate: ((offset: number | undefined) => { line: number; column: number }) | undefined;
    const at = (child: Token) => {
      lines ??= body.split('\n');
      locate ??= blockLocator(block.content, map[0], lines, bodyLine);
      return locate(srcOffsetOf(child));
    };
    for (const child of block.children) {
      if (child.type === 'image') {
        const ref = attrText(child, 'src') ?? '';
        const alt = child.children?.map((c) => c.content).join('') ?? child.content;
        images.push({ ref, ...at(child), alt, captioned: captioned || Boolean(attrText(child, 'title')) });
      } else if (child.type === 'link_open') {
        const href = attrText(child, 'href') ?? '';
        const target = articleSourceOf(href);
        const file = target === undefined ? attachmentSourceOf(href) : undefined;
        if (target !== undefined) articleLinks.push({ ref: href.split(/[?#]/)[0]!, ...at(child), target });
        else if (file !== undefined) attachments.push({ ref: href.split(/[?#]/)[0]!, ...at(child), target: file });
      }
    }
  }
  return { images, articleLinks, attachments };
}

/**
 * Offset in an inline block's content → file line and column. The content is the block's lines with
 * their prefix (indentation, `> `, list markers) removed, so each content line is found once in its
 * file line; an offset without a record (links made by linkify) gets the block's first column.
 */
function blockLocator(content: string, firstLine: number, lines: readonly string[], bodyLine: number) {
  const starts = [0];
  for (let i = content.indexOf('\n'); i >= 0; i = content.indexOf('\n', i + 1)) starts.push(i + 1);
  const shift = new Map<number, number>();
  return (offset: number | undefined): { line: number; column: number } => {
    if (offset === undefined) return { line: firstLine + bodyLine, column: 1 };
    let k = 0;
    for (let lo = 0, hi = starts.length - 1; lo <= hi; ) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= offset) (k = mid), (lo = mid + 1);
      else hi = mid - 1;
    }
    let s = shift.get(k);
    if (s === undefined) {
      const text = content.slice(starts[k], k + 1 < starts.length ? starts[k + 1]! - 1 : content.length);
      // The content line is (nearly) a suffix of its file line: search from the end.
      s = Math.max(0, lines[firstLine + k]?.lastIndexOf(text) ?? 0);
      shift.set(k, s);
    }
    return { line: firstLine + k + bodyLine, column: s + offset - starts[k]! + 1 };
  };
}
