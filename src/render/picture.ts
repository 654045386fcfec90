// <picture> markup for processed photos, and the late binding of body-image slots to it.
// Pure string building; every attribute value is escaped here.
import type { ImageUse } from '../content/article.js';
import { IMAGE_SLOT_CLOSE, IMAGE_SLOT_OPEN } from '../content/rules/images.js';
import type { ProcessedImage, SourceSet } from '../images/process-images.js';

/** How wide a body photo is drawn: the article column (42rem) on wide screens, the screen less margins on phones. */
export const BODY_SIZES = '(min-width: 44rem) 42rem, calc(100vw - 2rem)';
/** Listing thumbnails: 12rem beside the headline from 36rem up, full width above it on phones. */
export const THUMB_SIZES = '(min-width: 36rem) 12rem, calc(100vw - 2rem)';

const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface PictureAttributes {
  readonly alt: string;
  readonly sizes: string;
  readonly title?: string;
  /** The first image of a page: loaded at once, with high priority. */
  readonly eager?: boolean;
  readonly className?: string;
}

export function pictureHtml(sets: readonly SourceSet[], attrs: PictureAttributes, urlFor: (sitePath: string) => string): string {
  const srcset = (set: SourceSet): string => set.candidates.map((c) => `${urlFor(c.sitePath)} ${c.width}w`).join(', ');
  const fallback = sets[sets.length - 1]!;
  const largest = fallback.candidates[fallback.candidates.length - 1]!;
  const sources = sets.slice(0, -1).map((set) => `<source type="${set.mime}" srcset="${escapeAttr(srcset(set))}" sizes="${attrs.sizes}">`);
  const loading = attrs.eager ? ' fetchpriority="high"' : ' loading="lazy"';
  const img =
    `<img src="${escapeAttr(urlFor(largest.sitePath))}" srcset="${escapeAttr(srcset(fallback))}" sizes="${attrs.sizes}"` +
    ` alt="${escapeAttr(attrs.alt)}" width="${largest.width}" height="${largest.height}"` +
    `${attrs.title ? ` title="${escapeAttr(attrs.title)}"` : ''}${attrs.className ? ` class="${attrs.className}"` : ''}${loading} decoding="async">`;
  return `<picture>${sources.join('')}${img}</picture>`;
}

const SLOT = new RegExp(`${IMAGE_SLOT_OPEN}(\\d+)${IMAGE_SLOT_CLOSE}`, 'g');

/** Replace the body's image slots with pictures; the first photo of the article loads eagerly. */
export function bindBodyImages(
  html: string,
  uses: readonly ImageUse[],
  processed: ReadonlyMap<string, ProcessedImage>,
  urlFor: (sitePath: string) => string,
): string {
  return html.replace(SLOT, (_, n: string) => {
    const use = uses[Number(n)];
    const sets = use && processed.get(use.image.source)?.body;
    if (!use || !sets) throw new Error(`internal: image slot ${n} has no processed image`);
    return pictureHtml(sets, { alt: use.alt, sizes: BODY_SIZES, eager: n === '0', ...(use.title && { title: use.title }) }, urlFor);
  });
}
