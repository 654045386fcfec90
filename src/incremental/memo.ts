// The build's memory at its edges: load the last state (or decide not to), the key of everything a
// build reads, the check that nothing changed, and saving the new state.
import type { ResolvedConfig } from '../config.js';
import type { Diagnostic } from '../errors.js';
import type { OutputTarget } from '../output/output-location.js';
import { publishedVersion } from '../output/versioned-writer.js';
import { inspectOutput, MARKER } from '../output/version-store.js';
import { listFilesSorted } from './list-files.js';
import type { BuildChanges, BuildReport, StateUse } from '../build.js';
import type { BuildState, RenderMemo, SeenFile } from './build-state.js';
import { codeKeyOf } from './code-key.js';
import { hashOf } from './hash.js';
import { isIntact } from './output-records.js';
import { loadState, saveState, statePathFor } from './state-store.js';

export interface Memo {
  readonly codeKey: string;
  readonly configKey: string;
  /** The saved state, whatever configuration it was made with (its outputs may still be linked). */
  readonly previous?: BuildState;
  /** The saved state when its memos apply: same code, same configuration and publishing options. */
  readonly usable?: BuildState;
  save(state: BuildState): Promise<void>;
}

export async function openMemo(
  options: { readonly state?: StateUse; readonly writer?: unknown; readonly drafts?: boolean; readonly future?: boolean },
  dirs: { readonly cache: string; readonly out: string; readonly packageRoot: string },
  config: ResolvedConfig,
): Promise<Memo> {
  // A test's memory writer has no published version to build on: nothing to remember.
  const use: StateUse = options.writer ? 'none' : options.state ?? 'reuse';
  const codeKey = codeKeyOf(dirs.packageRoot);
  const configKey = hashOf(JSON.stringify(config), JSON.stringify({ drafts: options.drafts ?? false, future: options.future ?? false }));
  const file = statePathFor(dirs.cache, dirs.out);
  const previous = use === 'reuse' ? (await loadState(file, codeKey)).state : undefined;
  return {
    codeKey,
    configKey,
    ...(previous && { previous }),
    ...(previous?.configKey === configKey && { usable: previous }),
    save: (state) => (use === 'none' ? Promise.resolve() : saveState(file, state)),
  };
}

/** Everything the output is a function of, hashed; computed only when every memo matched. */
export function inputKeyOf(parts: {
  memo: Memo;
  seen: ReadonlyMap<string, SeenFile>;
  articleUrls: ReadonlyMap<string, string>;
  /** The renderings (remembered or made now): the photos they looked at are inputs too. */
  renders: Iterable<RenderMemo>;
  publicFiles: ReadonlyMap<string, { readonly hash: string }>;
  views: ReadonlyMap<string, number>;
  templates: string;
  fingerprint: (file: string) => string | null;
}): string {
  const photos = [...parts.renders].flatMap((m) => m.photos.map(([file]) => [file, parts.fingerprint(file)]));
  return hashOf(
    parts.memo.codeKey,
    parts.memo.configKey,
    JSON.stringify([...parts.seen].map(([p, f]) => [p, f.digest])),
    JSON.stringify([...parts.articleUrls]),
    JSON.stringify(photos),
    JSON.stringify([...parts.publicFiles].map(([p, f]) => [p, f.hash])),
    JSON.stringify([...parts.views]),
    parts.templates,
  );
}

/** The report of a build with nothing to do: the same input as the published version, which is intact. */
export async function nothingChanged(memo: Memo, inputKey: string, output: OutputTarget): Promise<(Omit<BuildReport, 'millis'> & { diagnostics: Diagnostic[] }) | undefined> {
  const published = memo.usable?.published;
  if (!published || published.inputKey !== inputKey) return undefined;
  const live = publishedVersion(output, await inspectOutput(output));
  if (!live || live.version !== published.version) return undefined;
  // Exactly the files recorded, each as made: a file added or edited by hand means a real build.
  const present = listFilesSorted(live.folder);
  if (present.length !== published.outputs.size + 1 || present.some((file) => file !== MARKER && !published.outputs.has(file))) return undefined;
  for (const [file, record] of published.outputs) if (!isIntact(live.folder, file, record)) return undefined;
  const { summary } = published;
  const changes: BuildChanges = { rendered: 0, kept: summary.pages, removed: 0, written: [] };
  return { ok: true, diagnostics: [...published.diagnostics], ...summary, images: { ...summary.images, encoded: 0, reused: summary.images.files }, changes };
}
