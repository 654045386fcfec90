// Photos through the whole build, with images made here by sharp. Output is checked through the
// files' metadata and pixels, never their bytes (those differ between libvips builds).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { article, MINIMAL_CONFIG, makeSite } from '../fixtures/make-site.js';

const NOW = Date.UTC(2024, 0, 1);

async function buildSite(files: Record<string, string | Buffer>, config = MINIMAL_CONFIG) {
  const root = makeSite(files, config);
  const report = await build({ root, now: NOW });
  const out = path.join(root, 'dist');
  const media = report.ok ? readdirSync(path.join(out, 'media')).sort() : [];
  return { root, out, report, media };
}

const withPhoto = (body: string, extra: Record<string, string> = {}) => article({ title: 'Tin ảnh', date: '2023-01-11', category: 'tin-tuc', ...extra }, body);

/** A 60×40 blue photo whose stored top-left 12×12 corner is red. */
function cornerPhoto(): Sharp {
  const red = { create: { width: 12, height: 12, channels: 3 as const, background: { r: 255, g: 0, b: 0 } } };
  return sharp({ create: { width: 60, height: 40, channels: 3, background: { r: 0, g: 0, b: 255 } } }).composite([{ input: red, top: 0, left: 0 }]);
}

async function isRedAt(file: string, corner: 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right'): Promise<boolean> {
  const meta = await sharp(file).metadata();
  const left = corner.endsWith('left') ? 2 : meta.width! - 6;
  const top = corner.startsWith('top') ? 2 : meta.height! - 6;
  const { data } = await sharp(file).extract({ left, top, width: 4, height: 4 }).raw().toBuffer({ resolveWithObject: true });
  return data[0]! > 180 && data[2]! < 80;
}

describe('photos', () => {
  it('turns every EXIF orientation upright, with the right dimensions and no orientation tag left', async () => {
    // Where the stored top-left corner must appear once the photo is shown as the camera meant.
    const expected = { 1: 'top-left', 2: 'top-right', 3: 'bottom-right', 4: 'bottom-left', 5: 'top-left', 6: 'top-right', 7: 'bottom-right', 8: 'bottom-left' } as const;
    const files: Record<string, string | Buffer> = {};
    for (const o of [1, 2, 3, 4, 5, 6, 7, 8] as const) {
      files[`content/anh/o${o}.jpg`] = await cornerPhoto().jpeg({ quality: 95 }).withMetadata({ orientation: o }).toBuffer();
      files[`content/bai-${o}.md`] = article({ title: `Ảnh hướng ${o}`, date: '2023-01-11', category: 'tin-tuc' }, `![Ảnh ${o}](/anh/o${o}.jpg)\n`);
    }
    const { out, report, media } = await buildSite(files);
    expect(report.ok, JSON.stringify(report.diagnostics)).toBe(true);
    for (const o of [1, 2, 3, 4, 5, 6, 7, 8] as const) {
      const jpg = media.find((f) => f.startsWith(`o${o}-`) && f.endsWith('.jpg') && !f.includes('x630'))!;
      const meta = await sharp(path.join(out, 'media', jpg)).metadata();
      expect([meta.width, meta.height], `orientation ${o}`).toEqual(o >= 5 ? [40, 60] : [60, 40]);
      expect(meta.orientation, `orientation ${o}`).toBeUndefined();
      expect(await isRedAt(path.join(out, 'media', jpg), expected[o]), `orientation ${o}: red corner at ${expected[o]}`).toBe(true);
    }
  });

  it('makes responsive widths (never upscaled) in WebP and JPEG, a 16:9 thumbnail and a 1200×630 sharing image for covers', async () => {
    const photo = await sharp({ create: { width: 2000, height: 1500, channels: 3, background: '#7a5' } }).jpeg().toBuffer();
    const { out, report, media } = await buildSite({
      'content/anh/lon.jpg': photo,
      'content/a.md': withPhoto('![Ảnh lớn](/anh/lon.jpg)\n', { image: '/anh/lon.jpg' }),
    });
    expect(report.ok).toBe(true);
    const facts = await Promise.all(media.map(async (f) => {
      const m = await sharp(path.join(out, 'media', f)).metadata();
      return `${m.format} ${m.width}x${m.height}`;
    }));
    expect(facts.sort()).toEqual([
      'jpeg 1200x630', 'jpeg 1200x900', 'jpeg 1600x1200', 'jpeg 320x180', 'jpeg 480x270', 'jpeg 480x360', 'jpeg 640x360', 'jpeg 800x600',
      'webp 1200x900', 'webp 1600x1200', 'webp 320x180', 'webp 480x270', 'webp 480x360', 'webp 640x360', 'webp 800x600',
    ]);
    for (const f of media) expect(f).toMatch(/^lon-\d+x\d+\.[0-9a-f]{10}\.(jpg|webp)$/);
    const page = readFileSync(path.join(out, 'tin-tuc/2023/01/tin-anh/index.html'), 'utf8');
    expect(page).toMatch(/<meta property="og:image" content="https:\/\/thu\.example\.vn\/media\/lon-1200x630\.[0-9a-f]{10}\.jpg">/);
    expect(page).toMatch(/srcset="\/media\/lon-480x360\.\w+\.webp 480w, \/media\/lon-800x600\.\w+\.webp 800w, \/media\/lon-1200x900\.\w+\.webp 1200w, \/media\/lon-1600x1200\.\w+\.webp 1600w"/);
    expect(page).toMatch(/width="1600" height="1200" fetchpriority="high" decoding="async"/);
    const listing = readFileSync(path.join(out, 'chuyen-muc/tin-tuc/index.html'), 'utf8');
    expect(listing).toMatch(/<picture><source type="image\/webp" srcset="\/media\/lon-320x180\.\w+\.webp 320w, [^"]*640w" sizes="[^"]+"><img src="\/media\/lon-640x360\.\w+\.jpg"[^>]* alt="" width="640" height="360" class="teaser__image" loading="lazy" decoding="async"><\/picture>/);
  });

  it('strips GPS and all other metadata; keeps only a configured copyright line', async () => {
    const photo = await sharp({ create: { width: 100, height: 80, channels: 3, background: '#345' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'Máy ảnh', Artist: 'Phóng viên' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '22/1 40/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '106/1 15/1 0/1' } })
      .toBuffer();
    // The GPS block is found through tag 0x8825 (little-endian bytes 25 88): the source has it.
    const GPS_POINTER = Buffer.from([0x25, 0x88]);
    expect((await sharp(photo).metadata()).exif!.includes(GPS_POINTER)).toBe(true);
    const plain = await buildSite({ 'content/anh/gps.jpg': photo, 'content/a.md': withPhoto('![Ảnh](/anh/gps.jpg)\n') });
    for (const f of plain.media) {
      const m = await sharp(path.join(plain.out, 'media', f)).metadata();
      expect(m.exif, f).toBeUndefined();
    }
    const credited = await buildSite(
      { 'content/anh/gps.jpg': photo, 'content/a.md': withPhoto('![Ảnh](/anh/gps.jpg)\n') },
      `${MINIMAL_CONFIG}images:\n  copyright: "Ảnh: Ban Dân vận"\n`,
    );
    for (const f of credited.media) {
      const meta = await sharp(path.join(credited.out, 'media', f)).metadata();
      const exif = meta.exif!;
      expect(exif.includes(Buffer.from('Anh: Ban Dan van')), f).toBe(true); // EXIF text is ASCII
      expect(meta.xmp?.toString('utf8'), f).toContain('Ảnh: Ban Dân vận'); // XMP keeps it whole
      expect(exif.includes(Buffer.from('Phóng viên')), f).toBe(false);
      expect(exif.includes(Buffer.from('Máy ảnh')), f).toBe(false);
      expect(exif.includes(GPS_POINTER), f).toBe(false);
    }
  });

  it('keeps transparency: a PNG with alpha stays PNG and WebP with alpha', async () => {
    const logo = await sharp({ create: { width: 120, height: 90, channels: 4, background: { r: 200, g: 0, b: 0, alpha: 0.4 } } }).png().toBuffer();
    const { out, report, media } = await buildSite({ 'content/anh/logo.png': logo, 'content/a.md': withPhoto('![Biểu trưng](/anh/logo.png)\n') });
    expect(report.ok).toBe(true);
    const metas = await Promise.all(media.map((f) => sharp(path.join(out, 'media', f)).metadata()));
    expect(metas.map((m) => m.format).sort()).toEqual(['png', 'webp']);
    for (const m of metas) expect(m.hasAlpha).toBe(true);
  });

  it('takes a GIF', async () => {
    const gif = await sharp({ create: { width: 50, height: 50, channels: 3, background: '#0a0' } }).gif().toBuffer();
    const { report, media } = await buildSite({ 'content/anh/hoat-hinh.gif': gif, 'content/a.md': withPhoto('![Hình](/anh/hoat-hinh.gif)\n') });
    expect(report.ok, JSON.stringify(report.diagnostics)).toBe(true);
    // GIFs decode with an alpha channel, so the fallback is PNG.
    expect(media.map((f) => path.extname(f)).sort()).toEqual(['.png', '.webp']);
  });

  it('encodes nothing on a warm build and gives the same output', async () => {
    const photo = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#963' } }).jpeg().toBuffer();
    const root = makeSite({
      'content/anh/a.jpg': photo,
      'content/a.md': withPhoto('![Ảnh](/anh/a.jpg)\n', { image: '/anh/a.jpg' }),
      'content/b.md': article({ title: 'Tin khác', date: '2023-01-12', category: 'tin-tuc', image: '/anh/a.jpg' }, '![Cùng ảnh](/anh/a.jpg)\n'),
    });
    const cold = await build({ root, outDir: path.join(root, 'out-1'), now: NOW });
    expect(cold.images).toMatchObject({ photos: 1 });
    expect(cold.images!.encoded).toBeGreaterThan(0);
    expect(cold.images!.reused).toBe(0);
    const warm = await build({ root, outDir: path.join(root, 'out-2'), now: NOW });
    expect(warm.images).toEqual({ photos: 1, files: cold.images!.files, encoded: 0, reused: cold.images!.files });
    const list = (d: string) => readdirSync(path.join(root, d, 'media')).sort();
    expect(list('out-2')).toEqual(list('out-1'));
    for (const f of list('out-1')) expect(readFileSync(path.join(root, 'out-2/media', f)).equals(readFileSync(path.join(root, 'out-1/media', f)))).toBe(true);
  });

  it('reports bad photos at the line that uses them, and publishes nothing', async () => {
    const good = await sharp({ create: { width: 1200, height: 1000, channels: 3, background: '#123' } }).jpeg().toBuffer();
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
    const tiff = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#fff' } }).tiff().toBuffer();
    const { root, report } = await buildSite(
      {
        'content/anh/cut.jpg': good.subarray(0, Math.floor(good.length / 2)),
        'content/anh/ve.svg': svg,
        'content/anh/scan.tiff': tiff,
        'content/anh/huge.jpg': good,
        'content/a.md': withPhoto('![Cắt](/anh/cut.jpg)\n\n![Vẽ](/anh/ve.svg)\n\n![Quét](/anh/scan.tiff)\n\n![Lớn](/anh/huge.jpg)\n'),
      },
      `${MINIMAL_CONFIG}images:\n  maxPixels: 1000000\n`,
    );
    expect(report.ok).toBe(false);
    expect(report.diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual([
      'content/a.md:6 IMAGE_TOO_LARGE',
      'content/a.md:8 IMAGE_UNSUPPORTED',
      'content/a.md:10 IMAGE_UNSUPPORTED',
      'content/a.md:12 IMAGE_TOO_LARGE',
    ]);
    expect(readdirSync(root)).not.toContain('dist');
    // The truncated JPEG passes the header check; it fails when decoded, at its reference.
    const truncated = await buildSite({ 'content/anh/cut.jpg': good.subarray(0, Math.floor(good.length / 2)), 'content/a.md': withPhoto('Đoạn.\n\n![Cắt](/anh/cut.jpg)\n') });
    expect(truncated.report.ok).toBe(false);
    expect(truncated.report.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`)).toEqual(['content/a.md:8:8 IMAGE_UNREADABLE']);
  });
});
