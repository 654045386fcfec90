// `baotinh dev`: build the preview (drafts and articles not yet due included, badged), serve it on
// loopback, watch what a build reads, and rebuild one batch of changes at a time (changes that come
// during a build wait for it). Each rebuild tells the open pages what changed; a failed build shows
// its messages in the page, over the last good build, and once in the terminal.
import { statSync } from 'node:fs';
import path from 'node:path';
import { build, projectDirs, type BuildReport } from '../build.js';
import { loadConfig } from '../config-file.js';
import type { ResolvedConfig } from '../config.js';
import { compareDiagnostics } from '../errors.js';
import { formatDiagnostic } from '../format-diagnostic.js';
import type { StateMemory } from '../incremental/state-store.js';
import { WatchedSources } from '../incremental/source-scan.js';
import type { Lang } from '../messages.js';
import { startDevServer, type DevServer } from './dev-server.js';
import { idleCollector } from './idle-collect.js';
import { watchProject, type ProjectWatcher } from './watch-project.js';

export interface DevOptions {
  readonly root: string;
  readonly port: number;
  /** Loopback unless the editor asks for the local network (a phone on the same Wi-Fi). */
  readonly host: string;
  readonly lang: Lang;
  readonly jobs: number;
  /** `jobs` is the machine's count (BuildOptions.autoJobs). */
  readonly autoJobs?: boolean;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Resolves when the server should stop (Ctrl-C); tests pass their own. */
  readonly stop: Promise<void>;
  /** Called once the first build is done and the server listens (tests read the address from it). */
  readonly onReady?: (server: DevServer) => void;
  /** Print each rebuild's stage times (as `build --timings`). */
  readonly timings?: boolean;
  /** The CLI's own text for a build that stopped with an exception (a refused output, a disk error). */
  readonly describeFailure: (error: unknown) => string;
}

const TEXT = {
  vi: {
    serving: (url: string) => `Xem trước tại ${url}  (Ctrl-C để dừng)`,
    portMoved: (from: number, to: number) => `Cổng ${from} đang bận, dùng cổng ${to}.`,
    network: 'Cảnh báo: trang xem trước mở cho cả mạng nội bộ (--host). Bản nháp ai trong mạng cũng xem được; chỉ dùng trong mạng tin cậy.',
    rebuilt: (pages: number, ms: number) => `Đã dựng lại ${pages} trang trong ${ms} ms.`,
    saved: 'Đã cập nhật',
    failedTitle: 'Bản dựng mới có lỗi',
    failedNote: 'Trang bên dưới là bản dựng thành công gần nhất. Sửa tệp được nêu; trang tự tải lại khi bản dựng thành công.',
    close: 'Ẩn',
    stopped: 'Đã dừng xem trước.',
  },
  en: {
    serving: (url: string) => `Previewing at ${url}  (Ctrl-C to stop)`,
    portMoved: (from: number, to: number) => `Port ${from} is in use; using ${to}.`,
    network: 'Warning: the preview is open to the local network (--host). Anyone on it can read drafts; use it on a trusted network only.',
    rebuilt: (pages: number, ms: number) => `Rebuilt ${pages} pages in ${ms} ms.`,
    saved: 'Updated',
    failedTitle: 'The new build has errors',
    failedNote: 'Below is the last good build. Fix the file named; the page reloads when a build succeeds.',
    close: 'Hide',
    stopped: 'Preview stopped.',
  },
} as const;

/** How long the state waits after a rebuild while the pages reload (see buildOnce). */
const STATE_DELAY_MS = 100;

export async function runDev(options: DevOptions): Promise<number> {
  const text = TEXT[options.lang];
  const loaded = await loadConfig(options.root);
  const config = loaded.config;
  let server: DevServer | undefined;
  let watcher: ProjectWatcher | undefined;
  let shownErrors = '';
  const urls = new Map<string, string>();
  // The build state stays in this process between builds (and is written to the cache folder too).
  const stateMemory: StateMemory = new Map();
  const watched = new WatchedSources();
  // Settled by the next save the watcher reports (buildOnce waits for it or for a moment).
  let wake = (): void => {};
  const nextSave = (): Promise<void> => new Promise<void>((resolve) => (wake = resolve));
  const memory = idleCollector();
  const buildOnce = async (changed: ReadonlySet<string>): Promise<void> => {
    memory.busy();
    try {
      await buildAndTell(changed);
    } finally {
      memory.idle();
    }
  };
  const buildAndTell = async (changed: ReadonlySet<string>): Promise<void> => {
    const started = performance.now();
    watched.saw(changed);
    const report = await build({ root: options.root, drafts: true, future: true, preview: true, jobs: options.jobs, ...(options.autoJobs && { autoJobs: true }), lockWaitMs: 60_000, stateMemory, watched }).catch((error: unknown) => options.describeFailure(error));
    const ms = Math.round(performance.now() - started);
    if (typeof report !== 'string') for (const [contentPath, url] of report.urls ?? []) urls.set(contentPath, url);
    if (typeof report === 'string' || !report.ok) {
      const errors = typeof report === 'string' ? [] : [...report.diagnostics].sort(compareDiagnostics).filter((d) => d.severity === 'error');
      const formatted = typeof report === 'string' ? [report] : errors.map((d) => formatDiagnostic(d, options.lang));
      const key = formatted.join('\n');
      if (key !== shownErrors) options.err(formatted.join('\n\n'));
      shownErrors = key;
      server?.send('failed', { title: text.failedTitle, note: text.failedNote, close: text.close, diagnostics: formatted }, { replay: true });
      return;
    }
    shownErrors = '';
    const event = changeEvent(report, changed, config, options.root, urls);
    options.out(text.rebuilt(report.changes?.written.length ?? 0, ms));
    if (options.timings) options.out(Object.entries(report.millis).map(([stage, t]) => `  ${stage} ${t} ms`).join(','));
    for (const { url } of event.edited) options.out(`${text.saved}: ${url}`);
    server?.send('ok', {}, { replay: true });
    server?.send('built', { ...event, savedLabel: text.saved, close: text.close });
    // The open pages reload now; the state (tens of milliseconds of serialising on a large site) is
    // written once they had the time to, or at once when another save is waiting.
    if (report.saveState) {
      await Promise.race([new Promise((resolve) => setTimeout(resolve, STATE_DELAY_MS)), nextSave()]);
      await report.saveState();
    }
  };

  // The watcher starts first: a save during the first build is built right after it.
  // A rebuild that throws is reported and the loop goes on (a rejected queue would stop every later build).
  const report = (error: unknown): void => options.err(options.describeFailure(error));
  let queue: Promise<void> = buildOnce(new Set()).catch(report);
  let waiting: Set<string> | undefined;
  const enqueue = (changed: ReadonlySet<string>): void => {
    wake();
    if (waiting) {
      for (const file of changed) waiting.add(file);
      return;
    }
    const batch = new Set(changed);
    waiting = batch;
    queue = queue.then(() => {
      waiting = undefined;
      return buildOnce(batch).catch(report);
    });
  };
  watcher = watchProject(watchPlan(options.root, config), enqueue);
  await queue;
  const basePath = config?.basePath ?? '/';
  const dirs = config && projectDirs(config, { root: options.root, preview: true });
  server = await startDevServer({ folder: dirs?.out ?? path.join(options.root, '.baotinh', 'preview', 'site'), basePath, host: options.host, port: options.port });
  await watcher.ready;
  if (server.port !== options.port) options.out(text.portMoved(options.port, server.port));
  if (!['127.0.0.1', 'localhost', '::1'].includes(options.host)) options.err(text.network);
  options.out(text.serving(server.url));
  options.onReady?.(server);
  await options.stop;
  await watcher.close();
  await queue;
  await server.close();
  memory.stop();
  options.out(text.stopped);
  return 0;
}

/** What the watcher looks at: everything a build reads, minus the output, the cache, and the rest. */
function watchPlan(root: string, config: ResolvedConfig | undefined) {
  const at = (folder: string): string => path.resolve(root, folder);
  const folders = config?.folders ?? { content: 'content', templates: 'templates', public: 'public', cache: '.baotinh', output: 'dist' };
  const views = config ? path.resolve(root, config.viewsFile) : undefined;
  const content = at(folders.content);
  return {
    root,
    paths: [content, at(folders.templates), at(folders.public), path.join(root, 'baotinh.config.yaml'), ...(views ? [path.dirname(views) === root ? views : path.dirname(views)] : [])],
    ignoredFolders: [at(folders.output), at(folders.cache), path.join(root, '.git'), path.join(root, 'node_modules')],
    // The content folder as it is now (one made later is chokidar's, like any other).
    trees: statSync(content, { throwIfNoEntry: false })?.isDirectory() ? [content] : [],
  };
}

/** What the open pages need to know about a successful rebuild. */
function changeEvent(report: BuildReport, changed: ReadonlySet<string>, config: ResolvedConfig | undefined, root: string, urls: ReadonlyMap<string, string>) {
  const basePath = config?.basePath ?? '/';
  const toUrl = (output: string): string => basePath + output.replace(/(^|\/)index\.html$/, '$1');
  const written = report.changes?.written ?? [];
  const content = path.resolve(root, config?.folders.content ?? 'content');
  const publicDir = path.resolve(root, config?.folders.public ?? 'public');
  // Folders come with the files made in them (a new public/assets/): only files say what changed.
  const files = [...changed].filter((f) => !statSync(f, { throwIfNoEntry: false })?.isDirectory());
  const inPublic = (f: string): boolean => f === publicDir || f.startsWith(publicDir + path.sep);
  // Only stylesheets changed: every page links them with a new version, but nothing on a page did, so
  // the pages swap the stylesheets in place instead of reloading. The build may have seen a file whose
  // event comes in the next batch (a new public/assets/ now, its site.css next): what it wrote counts.
  const css = written.filter((f) => f.endsWith('.css')).map(toUrl);
  const cssOnly = css.length > 0 && [...changed].every((f) => (f.endsWith('.css') && inPublic(f)) || (inPublic(f) && !files.includes(f)));
  const edited = files
    .filter((f) => f.startsWith(content + path.sep) && f.endsWith('.md'))
    .flatMap((f) => {
      const url = urls.get(path.relative(content, f).split(path.sep).join('/'));
      return url ? [{ url: basePath + url.slice(1) }] : [];
    });
  return { pages: cssOnly ? [] : [...written.filter((f) => f.endsWith('.html')).map(toUrl), ...(report.changes?.gone ?? []).map(toUrl)], css, edited };
}
