// Which articles' reading and rendering can be taken from the last build (the keys decide), and the
// memos of this build: the remembered ones with those the article stage made now.
import type { ArticleStage, KnownFront, RenderEntry } from '../content/article-stage.js';
import type { BuildState, ReadMemo, RenderMemo, SeenFile } from './build-state.js';
import { hashOf } from './hash.js';
import { byCodePoint } from '../compare.js';

export interface Reuse<M> {
  readonly hits: Map<string, M>;
  /** In the order given. */
  readonly misses: string[];
}

/** What the misses' front-matter read to before, where it said nothing (see KnownFront). */
export function knownFronts(contentPaths: readonly string[], reads: ReadonlyMap<string, ReadMemo> | undefined): Map<string, KnownFront> {
  const known = new Map<string, KnownFront>();
  for (const p of contentPaths) {
    const memo = reads?.get(p);
    if (memo?.front && memo.draft) known.set(p, { front: memo.front, draft: memo.draft });
  }
  return known;
}

export function reusableReads(contentPaths: readonly string[], seen: ReadonlyMap<string, SeenFile>, previous: BuildState | undefined): Reuse<ReadMemo> {
  const hits = new Map<string, ReadMemo>();
  const misses: string[] = [];
  for (const p of contentPaths) {
    const memo = previous?.reads.get(p);
    const digest = seen.get(p)?.digest; // empty: not known yet (left to the reader) or unreadable
    if (memo && digest && memo.digest === digest) hits.set(p, memo);
    else misses.push(p);
  }
  return { hits, misses };
}

/** A rendering is reused when the source is the same and every link and photo it looked at is too. */
export function reusableRenders(
  contentPaths: readonly string[],
  seen: ReadonlyMap<string, SeenFile>,
  previous: BuildState | undefined,
  articleUrls: ReadonlyMap<string, string>,
  fingerprint: (absolute: string) => string | null,
): Reuse<RenderMemo> {
  const hits = new Map<string, RenderMemo>();
  const misses: string[] = [];
  for (const p of contentPaths) {
    const memo = previous?.renders.get(p);
    const digest = seen.get(p)?.digest;
    const same = memo !== undefined && !!digest && memo.digest === digest
      && (memo.article === undefined || memo.article.url === articleUrls.get(p))
      && memo.links.every(([target, url]) => (articleUrls.get(target) ?? null) === url)
      && memo.photos.every(([file, print]) => fingerprint(file) === print);
    if (same) hits.set(p, memo);
    else misses.push(p);
  }
  return { hits, misses };
}

/** The key of a rendered body; the same whether it was rendered now or remembered. */
export function bodyKeyOf(digest: string, configKey: string, links: RenderMemo['links'], photos: RenderMemo['photos']): string {
  return hashOf(digest, configKey, JSON.stringify(links), JSON.stringify(photos));
}

/** Round 1: every source's front-matter, remembered or read now, in discovery order. A source whose
 *  digest was left to the reader (source-digests.ts `fromReader`) gets it in `seen` here. */
export async function readAll(stage: (work: number) => ArticleStage, sourcePaths: readonly string[], reads: Reuse<ReadMemo>, seen: Map<string, SeenFile>, previous: BuildState | undefined): Promise<Map<string, ReadMemo>> {
  const entries = reads.misses.length ? await stage(reads.misses.length).read(reads.misses, knownFronts(reads.misses, previous?.reads)) : [];
  const fresh = new Map(entries.map((e) => [e.contentPath, e]));
  for (const e of entries) {
    const s = seen.get(e.contentPath);
    if (s?.digest !== '') continue;
    if (e.digest) seen.set(e.contentPath, { ...s, digest: e.digest });
    else seen.delete(e.contentPath); // could not be read after all: no digest, as digestSources does
  }
  const memos = new Map<string, ReadMemo>();
  for (const p of sourcePaths) {
    const hit = reads.hits.get(p);
    if (hit) memos.set(p, hit);
    else {
      const e = fresh.get(p)!;
      // A file that could not be read has no digest: its memo never matches, so it is read again next time.
      memos.set(p, { digest: seen.get(p)?.digest ?? '', ...(e.draft && { draft: e.draft }), diagnostics: e.diagnostics, ...(e.front && { front: e.front }) });
    }
  }
  return memos;
}

/** Round 2's memos, in publishing order: remembered ones and those rendered now. */
/** The renderings' memos (`reads`: the same build's readings, whose metadata objects they share). */
export function mergeRenders(paths: readonly string[], hits: ReadonlyMap<string, RenderMemo>, fresh: readonly RenderEntry[], seen: ReadonlyMap<string, SeenFile>, configKey: string, fingerprint: (file: string) => string | null, reads?: ReadonlyMap<string, ReadMemo>): Map<string, RenderMemo> {
  const made = new Map(fresh.map((e) => [e.contentPath, e]));
  const memos = new Map<string, RenderMemo>();
  for (const p of paths) {
    const hit = hits.get(p);
    if (hit) {
      memos.set(p, hit);
      continue;
    }
    const e = made.get(p)!;
    const digest = seen.get(p)?.digest ?? '';
    const photos = e.photos.map((file) => [file, fingerprint(file)] as const);
    const summaryKey = e.article ? hashOf(JSON.stringify(e.article)) : '';
    memos.set(p, shareMeta({ digest, ...(e.article && { article: e.article }), diagnostics: e.diagnostics, links: e.links, photos, bodyKey: bodyKeyOf(digest, configKey, e.links, photos), summaryKey }, reads?.get(p)));
  }
  return memos;
}

/** A rendering's summary with the very metadata object of the reading, when they are equal. A
 *  summary rendered in a worker thread arrives with a copy of its own: kept once, the main thread holds
 *  about 1 KB less per article, and the serialiser writes an object it has seen as a reference, so a
 *  memo shard holds it once (a sixth of its size). */
export function shareMeta(render: RenderMemo, read: ReadMemo | undefined): RenderMemo {
  const meta = read?.draft?.meta;
  if (!render.article || !meta || render.article.meta === meta || JSON.stringify(render.article.meta) !== JSON.stringify(meta)) return render;
  return { ...render, article: { ...render.article, meta } };
}

/** Content paths whose memos differ from the last build's: made now, seen anew, or gone. */
export function changedMemoPaths(previous: BuildState, now: Pick<BuildState, 'files' | 'reads' | 'renders'>, madeNow: readonly string[]): Set<string> {
  const changed = new Set(madeNow);
  for (const [p, f] of now.files) if (previous.files.get(p) !== f) changed.add(p);
  for (const [kind, old] of [['files', previous.files], ['reads', previous.reads], ['renders', previous.renders]] as const) {
    for (const p of old.keys()) if (!now[kind].has(p)) changed.add(p);
  }
  // A memo that is new without being made now (an article published again from its remembered render).
  for (const p of now.renders.keys()) if (!previous.renders.has(p)) changed.add(p);
  for (const p of now.reads.keys()) if (!previous.reads.has(p)) changed.add(p);
  return changed;
}

/** The published articles some other article's body links to, sorted (with `more`: those too).
 *  (An article looks itself up too, for its own address: that is not a link.) */
export function linkTargetsOf(renders: Iterable<readonly [string, Pick<RenderMemo, 'links'>]>, more: readonly string[] = []): string[] {
  const targets = new Set(more);
  for (const [source, m] of renders) for (const [target, url] of m.links) if (url !== null && target !== source) targets.add(target);
  return [...targets].sort(byCodePoint);
}
