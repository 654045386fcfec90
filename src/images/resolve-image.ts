// Image references → files inside content/, checked and measured: a stat and a header read (sharp
// metadata), memoised per thread. Encoding comes later, once per build (images/process-images.ts).
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { MessageCode, MessageParams } from '../messages.js';
import { resolveInside, toPosixRelative } from '../paths.js';
import { InfrastructureError } from '../errors.js';
import { realLocation, realProjectRoot } from '../sources/real-paths.js';
import { decodeHref } from '../content/percent-decoding.js';
import { nameInOtherCase } from '../sources/other-case.js';

export interface ImageFile {
  /** Absolute path of the source file. */
  readonly source: string;
  /** Path relative to the content folder (forward slashes). */
  readonly contentPath: string;
  readonly width: number;
  readonly height: number;
  readonly hasAlpha: boolean;
}

export type ImageResult = { readonly image: ImageFile } | { readonly error: MessageCode; readonly params: MessageParams };

const SUPPORTED_FORMATS = new Set(['jpeg', 'png', 'webp', 'gif', 'avif']);

export interface ImageResolver {
  /** `ref` as written in the article at `articleFile` (content-relative path, forward slashes). */
  /** `onProbe` hears the absolute path of the file the answer depends on (for the build's memo). */
  resolve(ref: string, articleFile: string, onProbe?: (absolute: string) => void): Promise<ImageResult>;
}

/** `projectRoot`: photos reached through a symbolic link must really lie inside it. */
export function createImageResolver(contentDir: string, contentLabel: string, maxPixels: number, projectRoot: string): ImageResolver {
  const probes = new Map<string, Promise<ImageResult>>();
  let realRoot: Promise<string> | undefined;
  const invalid = (ref: string, reason: string, reasonEn: string): ImageResult => ({
    error: 'IMAGE_PATH_INVALID',
    params: { path: ref, reason, reasonEn, contentDir: contentLabel },
  });

  return {
    resolve(ref, articleFile, onProbe) {
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(ref)) return Promise.resolve(invalid(ref, 'ảnh phải nằm trong trang, không lấy từ trang khác', 'images must be inside the site, not from another site'));
      let decoded: string;
      try {
        decoded = decodeURI(ref.split(/[?#]/)[0]!);
      } catch {
        decoded = ref;
      }
      if (decoded.includes('\\') || decoded.split('/').includes('..')) return Promise.resolve(invalid(ref, 'đường dẫn có “..” hoặc “\\”', 'the path contains ".." or "\\"'));
      const relative = decoded.startsWith('/') ? decoded.slice(1) : path.posix.join(path.posix.dirname(articleFile), decoded);
      const absolute = resolveInside(contentDir, relative);
      if (!absolute || relative === '') return Promise.resolve(invalid(ref, 'đường dẫn ra ngoài thư mục nội dung', 'the path leaves the content folder'));
      onProbe?.(absolute);
      let probe = probes.get(absolute);
      if (!probe) {
        realRoot ??= realProjectRoot(projectRoot);
        // Messages show the path as written (Markdown percent-encodes "Ảnh ra quân" in the link).
        probe = probeImage(absolute, toPosixRelative(contentDir, absolute), decodeHref(ref), contentLabel, maxPixels, realRoot);
        probes.set(absolute, probe);
      }
      return probe;
    },
  };
}

async function probeImage(source: string, contentRelative: string, ref: string, contentLabel: string, maxPixels: number, realRoot: Promise<string>): Promise<ImageResult> {
  try {
    const s = await stat(source);
    if (!s.isFile()) throw new Error('not a file');
  } catch {
    const near = nameInOtherCase(source);
    return { error: 'IMAGE_MISSING', params: { path: ref, contentDir: contentLabel, ...(near && { existing: near }) } };
  }
  // The path is inside content/ as written; a link on the way (the photo, or a folder) may lead out.
  const location = await realLocation(await realRoot, source);
  if (!location?.inside) return { error: 'SOURCE_OUTSIDE_PROJECT', params: { path: ref } };
  // Loaded on first use: sharp is a large native library and many builds probe no image at all.
  // A broken install is the machine's problem (exit 74), not a reason to call every photo corrupt.
  const { default: sharp } = await import('sharp').catch((error: unknown) => {
    throw new InfrastructureError({ vi: 'nạp thư viện xử lý ảnh sharp (cài lại bằng npm ci)', en: 'loading the image library sharp (reinstall with npm ci)' }, 'node_modules/sharp', error);
  });
  try {
    const meta = await sharp(source).metadata();
    if (meta.format === 'svg') {
      // Decided: SVG is refused, not sanitised. It can carry scripts and links, and news photos are raster.
      return { error: 'IMAGE_UNSUPPORTED', params: { path: ref, format: 'SVG' } };
    }
    if (!meta.format || !SUPPORTED_FORMATS.has(meta.format)) {
      return { error: 'IMAGE_UNSUPPORTED', params: { path: ref, format: (meta.format ?? '?').toUpperCase() } };
    }
    // Phone photos store "rotate me" in EXIF; the reader sees the rotated size.
    const oriented = meta.autoOrient ?? { width: meta.width, height: meta.height };
    if (!oriented.width || !oriented.height) throw new Error('no dimensions');
    if (oriented.width * oriented.height > maxPixels) {
      return { error: 'IMAGE_TOO_LARGE', params: { path: ref, width: oriented.width, height: oriented.height, megapixels: Math.round(maxPixels / 1e6) } };
    }
    return { image: { source, contentPath: contentRelative, width: oriented.width, height: oriented.height, hasAlpha: meta.hasAlpha ?? false } };
  } catch (error) {
    return { error: 'IMAGE_UNREADABLE', params: { path: ref, detail: (error as Error).message.split('\n')[0]! } };
  }
}
