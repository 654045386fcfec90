// Which files each photo becomes. Pure: sizes and formats from the photo's dimensions and the configuration.
//   body  — the photo as it appears in an article, at each configured width (never wider than the original)
//   thumb — a 16:9 crop for listings, cut around what draws the eye (sharp's attention strategy: faces, contrast)
//   social — a 1200×630 crop for link previews (Facebook, Zalo), as JPEG, which every preview reader takes
import type { ImageConfig } from '../config.js';

export type ImageRole = 'body' | 'thumb' | 'social';
export type OutputFormat = 'avif' | 'webp' | 'jpeg' | 'png';

export interface VariantSpec {
  readonly role: ImageRole;
  readonly format: OutputFormat;
  readonly width: number;
  readonly height: number;
  /** Crop to exactly width × height (attention strategy) instead of scaling the whole photo. */
  readonly crop: boolean;
}

export interface SourceFacts {
  readonly width: number;
  readonly height: number;
  readonly hasAlpha: boolean;
}

export const SOCIAL_SIZE = { width: 1200, height: 630 } as const;

export const MIME: Record<OutputFormat, string> = { avif: 'image/avif', webp: 'image/webp', jpeg: 'image/jpeg', png: 'image/png' };

/** JPEG for photos; PNG where transparency must survive. */
export function fallbackFormat(source: SourceFacts): 'jpeg' | 'png' {
  return source.hasAlpha ? 'png' : 'jpeg';
}

/** Widths not wider than the original; an original narrower than them all keeps its own width. */
export function widthsFor(available: number, wanted: readonly number[]): number[] {
  const fitting = wanted.filter((w) => w <= available);
  return fitting.length ? fitting : [available];
}

export function planVariants(source: SourceFacts, roles: ReadonlySet<'body' | 'cover'>, config: ImageConfig): VariantSpec[] {
  const formats: OutputFormat[] = [...config.formats, fallbackFormat(source)];
  const variants: VariantSpec[] = [];
  if (roles.has('body')) {
    for (const width of widthsFor(source.width, config.widths)) {
      const height = Math.max(1, Math.round((width * source.height) / source.width));
      for (const format of formats) variants.push({ role: 'body', format, width, height, crop: false });
    }
  }
  if (roles.has('cover')) {
    // A 16:9 box no wider than the photo and no taller than it.
    const maxThumbWidth = Math.min(source.width, Math.floor((source.height * 16) / 9));
    for (const width of widthsFor(maxThumbWidth, config.thumbnailWidths)) {
      const height = Math.max(1, Math.round((width * 9) / 16));
      for (const format of formats) variants.push({ role: 'thumb', format, width, height, crop: true });
    }
    const scale = Math.min(1, source.width / SOCIAL_SIZE.width, source.height / SOCIAL_SIZE.height);
    variants.push({ role: 'social', format: 'jpeg', width: Math.round(SOCIAL_SIZE.width * scale), height: Math.round(SOCIAL_SIZE.height * scale), crop: true });
  }
  return variants;
}

/** The width the photo is decoded to once, from which every variant is cut. */
export function baseWidthFor(source: SourceFacts, variants: readonly VariantSpec[]): number {
  let needed = 1;
  for (const v of variants) {
    // A crop needs the photo scaled so that the box fits in both directions.
    const w = v.crop ? Math.ceil(Math.max(v.width, (v.height * source.width) / source.height)) : v.width;
    needed = Math.max(needed, w);
  }
  return Math.min(source.width, needed);
}
