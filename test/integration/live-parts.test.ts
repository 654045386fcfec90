// What the HTML holds of the live parts, with and without services configured (the browser side is
// tested in test/slow/live-parts.test.ts).
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { createMemoryWriter } from '../../src/output/writer.js';
import { article, MINIMAL_CONFIG, makeSite } from '../fixtures/make-site.js';

const LIVE = `live:
  counter:
    type: goatcounter
    url: https://dem.example.vn/
  stats:
    url: https://thongke.example.vn/s.json
  feedback:
    endpoint: https://gopy.example.vn/y-kien
`;

async function pages(config: string) {
  const writer = createMemoryWriter();
  const report = await build({
    root: makeSite({
      'content/co-so.md': article({ title: 'Có lượt xem', date: '2023-01-02', category: 'tin-tuc', views: '1238' }),
      'content/khong-so.md': article({ title: 'Chưa có lượt xem', date: '2023-01-01', category: 'tin-tuc' }),
    }, config),
    writer,
    now: Date.UTC(2024, 0, 1),
  });
  expect(report.ok, JSON.stringify(report.diagnostics)).toBe(true);
  return (file: string): string | undefined => writer.files.get(file)?.toString('utf8');
}

describe('live parts in the HTML', () => {
  it('without services: the baseline only, no widget, no form, no hidden count, no service address', async () => {
    const page = await pages(MINIMAL_CONFIG);
    const withViews = page('tin-tuc/2023/01/co-luot-xem/index.html')!;
    expect(withViews).toContain('data-baseline="1238">1.238</span>');
    expect(page('tin-tuc/2023/01/chua-co-luot-xem/index.html')).not.toContain('article__views');
    for (const html of [withViews, page('index.html')!]) {
      expect(html).not.toContain('visitor-stats');
      expect(html).not.toContain('class="feedback"');
      expect(html).not.toContain('"counter"');
    }
    expect(page('lien-he/index.html')).toBeUndefined();
    expect(withViews).toContain('<a data-tool="facebook" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fthu.example.vn%2Ftin-tuc%2F2023%2F01%2Fco-luot-xem%2F"');
  });

  it('with services: a hidden count where there is no baseline, the hidden widget, the form with the article', async () => {
    const page = await pages(MINIMAL_CONFIG + LIVE);
    const noBaseline = page('tin-tuc/2023/01/chua-co-luot-xem/index.html')!;
    expect(noBaseline).toContain('<span class="article__views" hidden>Lượt xem: <span class="view-count" data-article="khong-so" data-path="/tin-tuc/2023/01/chua-co-luot-xem/" data-baseline="0"></span></span>');
    expect(noBaseline).toContain('<section class="sidebar-block visitor-stats" hidden aria-labelledby="thong-ke-truy-cap">');
    expect(noBaseline).toContain('<form class="feedback" method="post" action="https://gopy.example.vn/y-kien">');
    expect(noBaseline).toContain('<input type="hidden" name="url" value="https://thu.example.vn/tin-tuc/2023/01/chua-co-luot-xem/">');
    expect(noBaseline).toContain('<input type="hidden" name="tieu_de_bai" value="Chưa có lượt xem">');
    const settings = JSON.parse(/<script type="application\/json" id="baotinh-live">(.*?)<\/script>/.exec(noBaseline)![1]!);
    expect(settings.counter).toEqual({ type: 'goatcounter', url: 'https://dem.example.vn', timeout: 2000 });
    expect(settings.stats).toEqual({ url: 'https://thongke.example.vn/s.json', timeout: 2000 });
    expect(page('lien-he/index.html')).toContain('<input type="hidden" name="url" value="https://thu.example.vn/lien-he/">');
  });

  it('refuses a service address that is not http(s)', async () => {
    const root = makeSite({ 'content/a.md': article({ title: 'A', date: '2023-01-01', category: 'tin-tuc' }) }, `${MINIMAL_CONFIG}live:\n  feedback:\n    endpoint: javascript:alert(1)\n`);
    const report = await build({ root, writer: createMemoryWriter() });
    expect(report.diagnostics.map((d) => `${d.code} ${d.params.key} ${d.line}`)).toEqual(['CONFIG_INVALID live.feedback.endpoint 18']);
  });
});
