// The build's memory at its edges: the saved state (loaded only as far as needed), the quick key of
// everything a build reads, the check that nothing changed, and saving the new state.
import { createHash } from 'node:crypto';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedConfig } from '../config.js';
import type { DraftSummary } from '../content/publish.js';
import type { Diagnostic } from '../errors.js';
import type { OutputTarget } from '../output/output-location.js';
import { publishedVersion } from '../output/versioned-writer.js';
import { inspectOutput, MARKER } from '../output/version-store.js';
import type { BuildChanges, BuildReport, StateUse } from '../build.js';
import type { BuildState, OutputRecord, PublishedState, ReadMemo, RenderMemo, SiteSnapshot, SummaryStore } from './build-state.js';
import { shareMeta } from './article-memos.js';
import { hashOf } from './hash.js';
import type { SourceStat } from './source-digests.js';
import { publishedFromDisk, publishedToDisk, snapshotFromDisk, snapshotToDisk } from './state-columns.js';
import { shardOf, stateFiles, statePathsFor, type DiskForm, type StateFiles, type StateMemory } from './state-store.js';

export interface Memo {
  readonly codeKey: string;
  readonly configKey: string;
  /** The published version's record, whatever configuration made it (its files may still be linked). */
  readonly published?: PublishedState;
  /** That record also when the build starts over (`--clean`): it becomes the record of the version kept beside the new one. */
  readonly onRecord?: PublishedState;
  /** The memos of the last build that apply (same code, same configuration and options); with
   *  `paths`, only the shards that hold them (and undefined if one of those is missing or stale). */
  loadMemos(paths?: Iterable<string>): Promise<BuildState | undefined>;
  /** The published version's site snapshot, when it describes that very version. */
  loadSnapshot(): Promise<SiteSnapshot | undefined>;
  /** The published articles' summaries, when the store on disk is the one with this key. */
  loadSummaries(key: string): Promise<SummaryStore | undefined>;
  /** A store was asked for and was not there as the snapshot says: the next plan writes it again. */
  summariesLost(): boolean;
  /** The record of the version published before the published one (the writer may take that folder over). */
  loadPrevious(): Promise<PublishedState | undefined>;
  /** `memos.changed`: the content paths whose memos changed (or 'all'); only their shards are
   *  written. With a new published record, `kept` says what the version kept beside it is: the one
   *  on record before ('replaced': its record becomes the "previous" one), a spare made now (its
   *  record), or none known ('none': the "previous" file is deleted).
   *  A snapshot whose summaries are not those of the store on disk comes with its store. */
  save(memos: { readonly state: BuildState; readonly changed: ReadonlySet<string> | 'all' } | undefined, published?: { readonly record: PublishedState; readonly kept: 'replaced' | 'none' | PublishedState; readonly snapshot?: SiteSnapshot; readonly summaries?: SummaryStore }): Promise<void>;
}

export async function openMemo(
  options: { readonly state?: StateUse; readonly writer?: unknown; readonly drafts?: boolean; readonly future?: boolean; readonly stateMemory?: StateMemory },
  dirs: { readonly cache: string; readonly out: string; readonly codeKey: string },
  config: ResolvedConfig,
): Promise<Memo> {
  // A test's memory writer has no published version to build on: nothing to remember.
  const use: StateUse = options.writer ? 'none' : options.state ?? 'reuse';
  const { codeKey } = dirs;
  const configKey = hashOf(JSON.stringify(config), JSON.stringify({ drafts: options.drafts ?? false, future: options.future ?? false }));
  const files = statePathsFor(dirs.cache, dirs.out);
  const store = stateFiles(options.stateMemory);
  const onRecord = use === 'none' ? undefined : (await store.load(files.published, codeKey, PUBLISHED_FORM)).state;
  const published = use === 'reuse' ? onRecord : undefined;
  let lost = false;
  return {
    codeKey,
    configKey,
    ...(published && { published }),
    ...(onRecord && { onRecord }),
    async loadMemos(paths) {
      if (use !== 'reuse') return undefined;
      const wanted = paths ? [...new Set([...paths].map(shardOf))].map((k) => files.memos[k]!) : files.memos;
      // A shard that is missing, damaged or of another configuration only means its articles are read again.
      const shards = await Promise.all(wanted.map((file) => store.load<BuildState>(file, codeKey)));
      const usable = shards.flatMap((s) => (s.state?.configKey === configKey ? [s.state] : []));
      if (!usable.length || (paths && usable.length < shards.length)) return undefined;
      const merged = { codeKey, configKey, files: new Map(), reads: new Map(), renders: new Map() };
      for (const shard of usable) {
        for (const [p, f] of shard.files) merged.files.set(p, f);
        for (const [p, m] of shard.reads) merged.reads.set(p, m);
        for (const [p, m] of shard.renders) merged.renders.set(p, m);
      }
      return merged;
    },
    async loadSnapshot() {
      if (use !== 'reuse' || !published) return undefined;
      const snapshot = (await store.load(files.snapshot, codeKey, SNAPSHOT_FORM)).state;
      return snapshot?.version === published.version && snapshot.marker === published.marker ? snapshot : undefined;
    },
    async loadSummaries(key) {
      if (use !== 'reuse') return undefined;
      const summaries = (await store.load<SummaryStore>(files.summaries, codeKey)).state;
      if (summaries?.key === key) return summaries;
      lost = true;
      return undefined;
    },
    summariesLost: () => lost,
    async loadPrevious() {
      // Also when starting over: taking the kept folder over saves making every folder of the site anew.
      if (use === 'none' || !onRecord) return undefined;
      const delta = (await store.load<PreviousRecord>(files.previous, codeKey)).state;
      return delta && fromDelta(delta, onRecord);
    },
    async save(memos, publishing) {
      if (use === 'none') return;
      if (memos) await saveShards(store, files.memos, memos.state, memos.changed);
      if (!publishing) return;
      const { record, kept, snapshot, summaries } = publishing;
      const previous = kept === 'replaced' ? onRecord : kept === 'none' ? undefined : kept;
      if (previous) await store.save(files.previous, asDelta(previous, record));
      else await store.remove(files.previous);
      // The summaries before the snapshot that names them (by key: a store left from before never passes for another).
      if (summaries) await store.save(files.summaries, summaries);
      // The snapshot first: a snapshot names the version it describes, so one left from before never passes for the new record's.
      if (snapshot) await store.save(files.snapshot, snapshot, { form: SNAPSHOT_FORM });
      else await store.remove(files.snapshot);
      await store.save(files.published, record, { form: PUBLISHED_FORM });
      await removeOtherStateFiles(files);
    },
  };
}

/** The published record and the snapshot are kept as columns (state-columns.ts). */
const PUBLISHED_FORM: DiskForm<PublishedState> = { toDisk: publishedToDisk, fromDisk: publishedFromDisk };
const SNAPSHOT_FORM: DiskForm<SiteSnapshot> = { toDisk: snapshotToDisk, fromDisk: snapshotFromDisk };

/**
 * The record of the version kept beside the published one, as its differences from the published
 * record (most of its files are the published ones, linked): a few kilobytes instead of megabytes.
 */
interface PreviousRecord extends Omit<PublishedState, 'outputs'> {
  /** The published record it is told against: its version and marker. */
  readonly base: string;
  readonly baseMarker?: string;
  readonly differing: readonly (readonly [string, OutputRecord])[];
  readonly lacking: readonly string[];
}

function asDelta(previous: PublishedState, published: PublishedState): PreviousRecord {
  const { outputs, ...rest } = previous;
  const same = (a: OutputRecord, b: OutputRecord): boolean =>
    a.key === b.key && a.hash === b.hash && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino && a.body?.[0] === b.body?.[0] && a.body?.[1] === b.body?.[1];
  // Most records are the very objects of the published record (files kept as they were).
  const differing = [...outputs].filter(([output, record]) => {
    const there = published.outputs.get(output);
    return there !== record && (!there || !same(there, record));
  });
  const lacking = [...published.outputs.keys()].filter((output) => !outputs.has(output));
  return { ...rest, base: published.version, ...(published.marker && { baseMarker: published.marker }), differing, lacking };
}

function fromDelta(delta: PreviousRecord, published: PublishedState): PublishedState | undefined {
  if (delta.base !== published.version || delta.baseMarker !== published.marker) return undefined;
  const { base: _b, baseMarker: _m, differing, lacking, ...rest } = delta;
  const outputs = new Map(published.outputs);
  for (const output of lacking) outputs.delete(output);
  for (const [output, record] of differing) outputs.set(output, record);
  return { ...rest, outputs };
}

/** Files an older state format left for this output (a single memos file, other shard counts): deleted once a new record is saved. */
async function removeOtherStateFiles(files: ReturnType<typeof statePathsFor>): Promise<void> {
  const dir = path.dirname(files.published);
  const prefix = `${path.basename(files.published).split('.')[0]}.`;
  const known = new Set([files.published, files.previous, files.snapshot, files.summaries, ...files.memos].map((f) => path.basename(f)));
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => n.startsWith(prefix) && n.endsWith('.bin') && !known.has(n)).map((n) => rm(path.join(dir, n), { force: true })));
}

/** Write the shards holding a changed path: each with every memo of its paths. */
async function saveShards(store: StateFiles, shardFiles: readonly string[], state: BuildState, changed: ReadonlySet<string> | 'all'): Promise<void> {
  const dirty = new Set(changed === 'all' ? shardFiles.keys() : [...changed].map(shardOf));
  const shards = shardFiles.map(() => ({ codeKey: state.codeKey, configKey: state.configKey, files: new Map(), reads: new Map(), renders: new Map() }));
  const put = <T>(pick: (s: (typeof shards)[number]) => Map<string, T>, entries: ReadonlyMap<string, T>): void => {
    for (const [p, value] of entries) {
      const k = shardOf(p);
      if (dirty.has(k)) pick(shards[k]!).set(p, value);
    }
  };
  put((s) => s.files, state.files);
  put((s) => s.reads, state.reads);
  put((s) => s.renders, new Map([...state.renders].map(([p, m]) => [p, shareMeta(m, state.reads.get(p))])));
  // A shard with no article is no file (a small site would otherwise write 256 at every full build).
  const empty = (k: number): boolean => shards[k]!.files.size === 0 && shards[k]!.reads.size === 0 && shards[k]!.renders.size === 0;
  // A few at a time: each shard is serialised when its turn comes and deflated by a zlib stream of
  // its own (about 300 KB of native memory); all 256 at once was the peak of a small site's build.
  const pending = [...dirty];
  const next = async (): Promise<void> => {
    for (let k = pending.shift(); k !== undefined; k = pending.shift()) {
      await (empty(k) ? store.remove(shardFiles[k]!) : store.save(shardFiles[k]!, shards[k]!, { packing: 'deflated' }));
    }
  };
  await Promise.all(Array.from({ length: SAVING_AT_ONCE }, next));
}

/** Memo shards serialised and deflated at once (libuv's pool has four threads). */
const SAVING_AT_ONCE = 4;

/** Everything the output is a function of but the sources, seen as cheaply as possible. */
export function restKeyOf(parts: {
  memo: Memo;
  photos: readonly string[];
  fingerprint: (file: string) => string | null;
  publicFiles: ReadonlyMap<string, { readonly hash: string }>;
  views: ReadonlyMap<string, number>;
  templates: string;
  /** The diagnostics known before any article is read (configuration, discovery, views file). */
  early: string;
}): string {
  return hashOf(
    parts.memo.codeKey,
    parts.memo.configKey,
    JSON.stringify(parts.photos.map((file) => [file, parts.fingerprint(file)])),
    JSON.stringify([...parts.publicFiles].map(([p, f]) => [p, f.hash])),
    JSON.stringify([...parts.views]),
    parts.templates,
    parts.early,
  );
}

/** Everything the output is a function of: the rest, and each source's size, times and inode. */
export function quickKeyOf(restKey: string, stats: ReadonlyMap<string, SourceStat>): string {
  let digest = statDigests.get(stats);
  if (digest === undefined) {
    // Fed in pieces (paths hold no NUL): no array per source and no text of megabytes to collect.
    const h = createHash('sha256');
    let chunk = '';
    for (const [p, s] of stats) {
      chunk += `${p}\0${s.size}\0${s.mtimeMs}\0${s.ctimeMs}\0${s.ino}\n`;
      if (chunk.length > 65536) {
        h.update(chunk);
        chunk = '';
      }
    }
    h.update(chunk);
    statDigests.set(stats, (digest = h.digest('base64url')));
  }
  return hashOf(restKey, digest);
}

/** A build asks twice (before planning, and for the record): the stats are hashed once. */
const statDigests = new WeakMap<ReadonlyMap<string, SourceStat>, string>();

/** The times between which the published set stays what it is: after the newest published article, before the next one due. */
export function publishWindow(drafts: readonly DraftSummary[], published: readonly DraftSummary[], options: { drafts: boolean; future: boolean }): PublishedState['window'] {
  if (options.future) return { from: -Infinity, until: Infinity };
  let from = -Infinity;
  for (const d of published) from = Math.max(from, d.meta.date.epochMs);
  const shown = new Set(published);
  let until = Infinity;
  for (const d of drafts) if (!shown.has(d) && (options.drafts || !d.meta.draft)) until = Math.min(until, d.meta.date.epochMs);
  return { from, until };
}

/** The report of a build with nothing to do: the same input as the published version, which is intact. */
export async function nothingChanged(memo: Memo, quickKey: string, now: number, output: OutputTarget): Promise<(Omit<BuildReport, 'millis'> & { diagnostics: Diagnostic[] }) | undefined> {
  const published = memo.published;
  if (!published || published.quickKey !== quickKey || now < published.window.from || now >= published.window.until) return undefined;
  const live = publishedVersion(output, await inspectOutput(output));
  if (!live || live.version !== published.version) return undefined;
  // The published files are not looked at one by one (that would cost more than the rest of the
  // check): one edited, added or deleted by hand is repaired by the next build that changes anything,
  // which verifies every file it keeps, or by --clean.
  const { summary } = published;
  const changes: BuildChanges = { rendered: 0, kept: summary.pages, removed: 0, written: [], gone: [] };
  return { ok: true, diagnostics: [...published.diagnostics], ...summary, images: { ...summary.images, encoded: 0, reused: summary.images.files }, changes };
}
