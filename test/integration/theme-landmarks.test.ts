// The built-in theme's landmarks, checked on the HTML of every page of a fixture site, so the two
// axe findings fixed here (region, landmark-unique) cannot come back unnoticed between slow runs.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { article, MINIMAL_CONFIG, makeSite } from '../fixtures/make-site.js';
import { runCli } from './run-cli.js';

let out = '';
beforeAll(async () => {
  const root = makeSite(
    {
      'content/mot.md': article({ title: 'Tin thứ nhất', date: '2023-03-05', category: 'tin-tuc', tags: '[dân vận]', author: 'Dương Liễu' }),
      'content/hai.md': article({ title: 'Tin thứ hai', date: '2023-03-04', category: 'dan-van-kheo', views: '1500' }),
      'content/ba.md': article({ title: 'Tin thứ ba', date: '2023-02-01', category: 'tin-tuc', aliases: '[/tin-cu.html]' }),
    },
    `demo: true\n${MINIMAL_CONFIG}`,
  );
  const r = await runCli(['build', '--root', root, '--quiet']);
  expect(r.code, r.stderr).toBe(0);
  out = path.join(root, 'dist');
});

function htmlPages(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) return htmlPages(dir, child);
    return e.name.endsWith('.html') ? [child] : [];
  });
}

const read = (rel: string) => readFileSync(path.join(out, rel), 'utf8');
const text = (html: string) => html.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();

/** Accessible names of the page's named landmarks (sections, navs, asides), as a screen reader lists them. */
function landmarkNames(html: string): string[] {
  const names: string[] = [];
  for (const m of html.matchAll(/<(section|nav|aside)\b([^>]*)>/g)) {
    const attrs = m[2] ?? '';
    const label = /aria-label="([^"]*)"/.exec(attrs)?.[1];
    const by = /aria-labelledby="([^"]*)"/.exec(attrs)?.[1];
    const heading = by ? new RegExp(`<(h[1-6])\\b[^>]*id="${by}"[^>]*>([\\s\\S]*?)</\\1>`).exec(html)?.[2] : undefined;
    const name = label ?? (heading !== undefined ? text(heading) : undefined);
    if (name !== undefined) names.push(`${m[1] === 'section' ? 'region' : m[1]} "${name}"`);
  }
  return names;
}

describe('landmarks of the built-in theme', () => {
  it('the demo notice is inside the banner landmark, not loose between the skip link and the header (axe region)', () => {
    const pages = htmlPages(out).filter((p) => read(p).includes('class="skip-link"'));
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      const html = read(page);
      const header = /<header class="site-header">([\s\S]*?)<\/header>/.exec(html)?.[1] ?? '';
      expect(header, `${page}: the demo notice is not in the site header`).toContain('class="demo-notice"');
      const beforeHeader = html.slice(html.indexOf('</a>', html.indexOf('class="skip-link"')) + 4, html.indexOf('<header'));
      expect(beforeHeader.trim(), `${page}: content outside every landmark`).toBe('');
    }
  });

  it('no page has two landmarks with the same name: the home page shows "Tin mới" once (axe landmark-unique)', () => {
    const duplicates = htmlPages(out).flatMap((page) => {
      const names = landmarkNames(read(page));
      return names.filter((n, i) => names.indexOf(n) !== i).map((n) => `${page}: ${n}`);
    });
    expect(duplicates).toEqual([]);
    expect(landmarkNames(read('index.html'))).toContain('region "Tin mới"');
  });

  it('pages other than the home page keep the sidebar\'s "Tin mới" block', () => {
    const listing = read('chuyen-muc/tin-tuc/index.html');
    expect(/<aside class="sidebar">[\s\S]*<h2 id="sidebar-latest">Tin mới<\/h2>/.test(listing)).toBe(true);
    expect(read('index.html')).not.toContain('id="sidebar-latest"');
  });
});
