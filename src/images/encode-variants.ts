// sharp: decode a photo once (upright, sRGB, at the largest size any variant needs), then cut and
// encode each variant from that. All metadata is dropped (sharp keeps none unless asked), so GPS
// positions and camera serial numbers never reach readers; a configured copyright line is written back.
import sharp, { type Sharp } from 'sharp';
import type { OutputFormat, VariantSpec } from './image-plan.js';

// libvips' operation cache only helps repeated identical operations; photos are processed once.
sharp.cache(false);

export const SHARP_VERSIONS: Readonly<Record<string, string>> = { sharp: sharp.versions.sharp ?? '', vips: sharp.versions.vips };

export interface EncodeOptions {
  readonly quality: number;
  readonly copyright?: string;
  readonly maxPixels: number;
}

export interface DecodedBase {
  readonly data: Buffer;
  readonly width: number;
  readonly height: number;
  readonly channels: 1 | 2 | 3 | 4;
}

export async function decodeBase(source: string, width: number, maxPixels: number): Promise<DecodedBase> {
  const { data, info } = await sharp(source, { limitInputPixels: maxPixels, failOn: 'warning' })
    .autoOrient()
    .resize({ width, withoutEnlargement: true })
    .toColourspace('srgb')
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

export async function encodeVariant(base: DecodedBase, variant: VariantSpec, options: EncodeOptions): Promise<Buffer> {
  let pipeline = sharp(base.data, { raw: { width: base.width, height: base.height, channels: base.channels } });
  pipeline = variant.crop
    ? pipeline.resize(variant.width, variant.height, { fit: 'cover', position: sharp.strategy.attention })
    : pipeline.resize(variant.width, variant.height, { fit: 'fill' });
  if (variant.format === 'jpeg') pipeline = pipeline.flatten({ background: '#ffffff' });
  pipeline = withFormat(pipeline, variant.format, options.quality);
  if (options.copyright) {
    // EXIF text is ASCII (libvips folds "Ảnh" to "Anh"); XMP carries the credit in full UTF-8.
    pipeline = pipeline.withExif({ IFD0: { Copyright: options.copyright } }).withXmp(xmpRights(options.copyright));
  }
  return pipeline.toBuffer();
}

function withFormat(pipeline: Sharp, format: OutputFormat, quality: number): Sharp {
  switch (format) {
    case 'jpeg':
      return pipeline.jpeg({ quality, mozjpeg: true });
    case 'png':
      return pipeline.png({ compressionLevel: 8 });
    case 'webp':
      return pipeline.webp({ quality, effort: 4 });
    case 'avif':
      // AVIF's quality scale runs lower than JPEG's for the same look.
      return pipeline.avif({ quality: Math.max(1, quality - 25), effort: 4 });
  }
}

export const EXTENSION: Record<OutputFormat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg', png: 'png' };

function xmpRights(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:rights><rdf:Alt><rdf:li xml:lang="x-default">${escaped}</rdf:li></rdf:Alt></dc:rights></rdf:Description>` +
    '</rdf:RDF></x:xmpmeta>'
  );
}
