import { describe, expect, it } from 'vitest';
import type { ImageUse } from '../../src/content/article.js';
import type { ProcessedImage } from '../../src/images/process-images.js';
import { BODY_SIZES, bindBodyImages, pictureHtml } from '../../src/render/picture.js';

const urlFor = (p: string): string => `/portal${p}`;
const processed: ProcessedImage = {
  body: [
    { mime: 'image/webp', candidates: [{ sitePath: '/media/a-480x320.k1.webp', width: 480, height: 320, bytes: 1000 }, { sitePath: '/media/a-800x533.k2.webp', width: 800, height: 533, bytes: 1000 }] },
    { mime: 'image/jpeg', candidates: [{ sitePath: '/media/a-480x320.k3.jpg', width: 480, height: 320, bytes: 1000 }, { sitePath: '/media/a-800x533.k4.jpg', width: 800, height: 533, bytes: 1000 }] },
  ],
};

describe('pictureHtml', () => {
  it('offers the modern format first, the fallback in <img>, with sizes, real dimensions and lazy loading', () => {
    const html = pictureHtml(processed.body!, { alt: 'Đại biểu "dự" <hội nghị>', sizes: BODY_SIZES }, urlFor);
    expect(html).toBe(
      '<picture><source type="image/webp" srcset="/portal/media/a-480x320.k1.webp 480w, /portal/media/a-800x533.k2.webp 800w" sizes="(min-width: 44rem) 42rem, calc(100vw - 2rem)">' +
        '<img src="/portal/media/a-800x533.k4.jpg" srcset="/portal/media/a-480x320.k3.jpg 480w, /portal/media/a-800x533.k4.jpg 800w" sizes="(min-width: 44rem) 42rem, calc(100vw - 2rem)"' +
        ' alt="Đại biểu &quot;dự&quot; &lt;hội nghị&gt;" width="800" height="533" loading="lazy" decoding="async"></picture>',
    );
  });
});

describe('bindBodyImages', () => {
  it('puts pictures in the slots; only the first is eager with high priority', () => {
    const use = (alt: string): ImageUse => ({ image: { source: '/c/a.jpg', contentPath: 'a.jpg', width: 800, height: 533, hasAlpha: false }, alt, line: 1, column: 1 });
    const html = bindBodyImages('<figure>\uE0000\uE001</figure><p>\uE0001\uE001</p>', [use('một'), use('hai')], new Map([['/c/a.jpg', processed]]), urlFor);
    const imgs = [...html.matchAll(/<img [^>]*>/g)].map((m) => m[0]);
    expect(imgs).toHaveLength(2);
    expect(imgs[0]).toContain('alt="một"');
    expect(imgs[0]).toContain('fetchpriority="high"');
    expect(imgs[0]).not.toContain('loading="lazy"');
    expect(imgs[1]).toContain('alt="hai"');
    expect(imgs[1]).toContain('loading="lazy"');
    expect(html).not.toMatch(/[\uE000\uE001]/);
  });
});
