// What one build knows once its inputs are seen, and what either planner hands the writing stage.
// build.ts makes the run; plan-site.ts (every article, the whole site) or incremental/body-edits.ts
// (only bodies changed) makes the plan; write-planned.ts renders, writes, publishes and remembers.
import type { ResolvedConfig } from './config.js';
import type { ArticleStage } from './content/article-stage.js';
import type { Diagnostic } from './errors.js';
import type { ProcessedImage } from './images/process-images.js';
import type { BuildState, PublishedState, SiteSnapshot, SummaryStore } from './incremental/build-state.js';
import type { Memo } from './incremental/memo.js';
import type { PagePlan } from './incremental/page-plan.js';
import type { SourceStat } from './incremental/source-digests.js';
import type { TemplateKeys } from './incremental/template-keys.js';
import type { OutputTarget } from './output/output-location.js';
import type { Chrome } from './site/site.js';
import type { BuildOptions } from './build.js';
import type { SearchOutputs } from './search/search-stage.js';

export interface ProjectDirs {
  readonly content: string;
  readonly out: string;
  readonly output: OutputTarget;
  readonly cache: string;
  readonly templateDirs: readonly string[];
  readonly publicDirs: readonly string[];
}

export interface BuildRun {
  readonly options: BuildOptions;
  readonly config: ResolvedConfig;
  readonly dirs: ProjectDirs;
  readonly memo: Memo;
  readonly now: number;
  /** Content paths in discovery order, and what each looks like on disk. */
  readonly sourcePaths: readonly string[];
  readonly stats: ReadonlyMap<string, SourceStat>;
  /** A photo's identity (memoised for the build); null when it is missing. */
  readonly fingerprint: (file: string) => string | null;
  readonly publicFiles: ReadonlyMap<string, { readonly absolute: string; readonly hash: string }>;
  readonly views: { readonly views: ReadonlyMap<string, number>; readonly diagnostics: readonly Diagnostic[] };
  readonly templates: TemplateKeys;
  /** Every input but the sources, with the photos the articles looked at (memo.ts restKeyOf). */
  readonly restKey: (photos: readonly string[]) => string;
  /** What was said before any article was read (configuration, discovery). */
  readonly diagnostics: readonly Diagnostic[];
  /** The article stage, started on first use with threads for the work there is then. */
  readonly stage: (work: number) => ArticleStage;
  /** Every page is rendered: its threads go (their heaps are most of the memory left to free). */
  readonly stageDone: () => Promise<void>;
  readonly lap: (stage: string) => void;
  /** The published version's files, being checked in a thread: those found not as recorded. */
  readonly intactCheck?: { readonly folder: string; readonly broken: Promise<ReadonlySet<string> | undefined> };
}

/** A planned build: every page with its key, and all the writing stage needs besides. */
export interface PlannedSite {
  /** Which planner made it (BuildReport.planned). */
  readonly planned: 'bodies' | 'summaries' | 'site';
  readonly plan: PagePlan;
  /** Everything said so far (warnings: a plan with errors is never written). */
  readonly diagnostics: readonly Diagnostic[];
  readonly chrome: Chrome;
  readonly photos: {
    readonly processed: ReadonlyMap<string, ProcessedImage>;
    readonly files: readonly (readonly [string, string])[];
    readonly encoded: number;
    readonly reused: number;
  };
  /** Documents linked from the bodies: source file and output path. */
  readonly attachments: readonly (readonly [string, string])[];
  readonly articleCount: number;
  readonly articleUrls: ReadonlyMap<string, string>;
  /** Ids of the articles whose bodies the stage holds (rendered in this build). */
  readonly bodiesHeld: ReadonlySet<string>;
  /** Article id → content path, for bodies to render when their page must be made again. */
  readonly sourceOfId: ReadonlyMap<string, string>;
  /** Every photo an article looked at, for the quick key. */
  readonly photosSeen: readonly string[];
  readonly window: PublishedState['window'];
  /** The memos to save (only their changed shards are written), if any changed. */
  readonly memos?: { readonly state: BuildState; readonly changed: ReadonlySet<string> | 'all' };
  /** Which published outputs were found intact while planning (not looked at again). */
  readonly intact?: (output: string) => boolean;
  /** The site snapshot of the version about to be published, but for its name, marker and rest key. */
  readonly snapshot?: Omit<SiteSnapshot, 'codeKey' | 'version' | 'marker' | 'restKey'>;
  /** Its articles' summaries, when they are not those stored already. */
  readonly summaries?: Omit<SummaryStore, 'codeKey'>;
  /** The search index's files, when the site has search. */
  readonly search?: SearchOutputs;
}
