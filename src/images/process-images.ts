// The photo stage: every photo used by a published article, once per build, with bounded concurrency.
// Results land in the cache; the build copies them to the output under names carrying their key.
import { statSync } from 'node:fs';
import path from 'node:path';
import type { ImageConfig } from '../config.js';
import { diagnostic, InfrastructureError, type Diagnostic } from '../errors.js';
import { slugify } from '../vi/slug.js';
import { openImageCache } from './image-cache.js';
import { baseWidthFor, MIME, planVariants, type ImageRole, type VariantSpec } from './image-plan.js';
import type { ImageFile } from './resolve-image.js';
import type { DecodedBase } from './encode-variants.js';
import { byCodePoint } from '../compare.js';

export interface ImageJob {
  readonly image: ImageFile;
  readonly roles: ReadonlySet<'body' | 'cover'>;
  /** Where articles reference it, for error messages. */
  readonly uses: readonly { readonly file: string; readonly line: number; readonly column: number }[];
}

export interface Candidate {
  readonly sitePath: string;
  readonly width: number;
  readonly height: number;
  /** File size, for feed enclosures. */
  readonly bytes: number;
}

/** One <source> (or the <img>) of a <picture>: a format at several widths, narrowest first. */
export interface SourceSet {
  readonly mime: string;
  readonly candidates: readonly Candidate[];
}

export interface ProcessedImage {
  readonly body?: readonly SourceSet[];
  readonly thumb?: readonly SourceSet[];
  readonly social?: Candidate;
}

export interface ImageProgress {
  readonly done: number;
  readonly total: number;
  readonly encoded: number;
}

export interface ImageStageResult {
  readonly processed: Map<string, ProcessedImage>;
  /** Cache file → output path, for the writer. */
  readonly files: readonly (readonly [string, string])[];
  readonly encoded: number;
  readonly reused: number;
  readonly diagnostics: Diagnostic[];
}

export interface ImageStageOptions {
  readonly config: ImageConfig;
  /** Cache folder; kept between builds, it makes a warm build encode nothing. */
  readonly cacheDir: string;
  readonly concurrency: number;
  readonly onProgress?: (progress: ImageProgress) => void;
}

export async function processImages(jobs: readonly ImageJob[], options: ImageStageOptions): Promise<ImageStageResult> {
  const processed = new Map<string, ProcessedImage>();
  if (!jobs.length) return { processed, files: [], encoded: 0, reused: 0, diagnostics: [] };
  // sharp is a large native library: loaded only by builds that have photos. A broken install is
  // the machine's problem, not every photo's.
  const { decodeBase, encodeVariant, EXTENSION, SHARP_VERSIONS } = await import('./encode-variants.js').catch((error: unknown) => {
    throw new InfrastructureError({ vi: 'nạp thư viện xử lý ảnh sharp (cài lại bằng npm ci)', en: 'loading the image library sharp (reinstall with npm ci)' }, 'node_modules/sharp', error);
  });
  const cache = openImageCache(options.cacheDir, SHARP_VERSIONS);
  const files: (readonly [string, string])[] = [];
  const diagnostics: Diagnostic[] = [];
  let encoded = 0;
  let reused = 0;
  let done = 0;

  const runJob = async (job: ImageJob): Promise<void> => {
    const { image } = job;
    const variants = planVariants(image, job.roles, options.config);
    const sourceHash = cache.sourceHash(image.source);
    const planned = variants.map((variant) => {
      const key = cache.keyFor({ sourceHash, variant, quality: options.config.quality, copyright: options.config.copyright ?? null });
      return { variant, key, ext: EXTENSION[variant.format] };
    });
    const missing = planned.filter((p) => !cache.has(p.key, p.ext));
    if (missing.length) {
      // Only decoding reads the editor's photo: its failure is the photo's (truncated, corrupt).
      // Encoding a decoded photo and writing the cache are ours and the machine's: they throw.
      let base: DecodedBase;
      try {
        base = await decodeBase(image.source, baseWidthFor(image, variants), options.config.maxPixels);
      } catch (error) {
        const detail = (error as Error).message.split('\n')[0]!;
        for (const use of job.uses) {
          diagnostics.push(diagnostic('IMAGE_UNREADABLE', { path: path.basename(image.source), detail }, { file: use.file, line: use.line, column: use.column }));
        }
        return;
      }
      for (const p of missing) cache.put(p.key, p.ext, await encodeVariant(base, p.variant, options.config));
    }
    encoded += missing.length;
    reused += planned.length - missing.length;
    const name = slugify(path.basename(image.source, path.extname(image.source))) || 'anh';
    const placed = planned.map((p) => {
      const output = `media/${name}-${p.variant.width}x${p.variant.height}.${p.key.slice(0, 10)}.${p.ext}`;
      files.push([cache.pathFor(p.key, p.ext), output]);
      const bytes = statSync(cache.pathFor(p.key, p.ext)).size;
      return { variant: p.variant, candidate: { sitePath: `/${output}`, width: p.variant.width, height: p.variant.height, bytes } };
    });
    processed.set(image.source, describe(placed));
  };

  // A fixed number of runners pull from one queue: bounded memory whatever the number of photos.
  const queue = [...jobs];
  const runner = async (): Promise<void> => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      await runJob(job);
      options.onProgress?.({ done: ++done, total: jobs.length, encoded });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, runner));
  cache.save();
  if (cache.discarded.length) {
    const what = `${cache.discarded.slice(0, 3).join(', ')}${cache.discarded.length > 3 ? ` (+${cache.discarded.length - 3})` : ''}`;
    diagnostics.push(diagnostic('CACHE_DISCARDED', { folder: options.cacheDir, what, count: cache.discarded.length }, {}, 'warning'));
  }
  files.sort(([, a], [, b]) => byCodePoint(a, b));
  return { processed, files, encoded, reused, diagnostics };
}

function describe(placed: readonly { variant: VariantSpec; candidate: Candidate }[]): ProcessedImage {
  const sets = (role: ImageRole): SourceSet[] | undefined => {
    const ofRole = placed.filter((p) => p.variant.role === role);
    if (!ofRole.length) return undefined;
    const formats = [...new Set(ofRole.map((p) => p.variant.format))];
    return formats.map((format) => ({
      mime: MIME[format],
      candidates: ofRole.filter((p) => p.variant.format === format).map((p) => p.candidate).sort((a, b) => a.width - b.width),
    }));
  };
  const body = sets('body');
  const thumb = sets('thumb');
  const social = placed.find((p) => p.variant.role === 'social')?.candidate;
  return { ...(body && { body }), ...(thumb && { thumb }), ...(social && { social }) };
}

/** One job per photo used by the published articles, whatever number of articles use it. Pure. */
export function collectImageJobs(articles: readonly { readonly file: string; readonly images: readonly ImageUseLike[]; readonly cover?: ImageUseLike }[]): ImageJob[] {
  const jobs = new Map<string, { image: ImageFile; roles: Set<'body' | 'cover'>; uses: { file: string; line: number; column: number }[] }>();
  const add = (file: string, use: ImageUseLike, role: 'body' | 'cover'): void => {
    let job = jobs.get(use.image.source);
    if (!job) {
      job = { image: use.image, roles: new Set(), uses: [] };
      jobs.set(use.image.source, job);
    }
    job.roles.add(role);
    job.uses.push({ file, line: use.line, column: use.column });
  };
  for (const article of articles) {
    for (const use of article.images) add(article.file, use, 'body');
    if (article.cover) add(article.file, article.cover, 'cover');
  }
  return [...jobs.values()].sort((a, b) => (a.image.source < b.image.source ? -1 : 1));
}

interface ImageUseLike {
  readonly image: ImageFile;
  readonly line: number;
  readonly column: number;
}
