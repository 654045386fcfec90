// Which articles' reading and rendering can be taken from the last build. Pure: the keys decide.
import type { BuildState, ReadMemo, RenderMemo, SeenFile } from './build-state.js';
import { hashOf } from './hash.js';

export interface Reuse<M> {
  readonly hits: Map<string, M>;
  /** In the order given. */
  readonly misses: string[];
}

export function reusableReads(contentPaths: readonly string[], seen: ReadonlyMap<string, SeenFile>, previous: BuildState | undefined): Reuse<ReadMemo> {
  const hits = new Map<string, ReadMemo>();
  const misses: string[] = [];
  for (const p of contentPaths) {
    const memo = previous?.reads.get(p);
    if (memo && memo.digest === seen.get(p)?.digest) hits.set(p, memo);
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
    const same = memo !== undefined && memo.digest === seen.get(p)?.digest
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
