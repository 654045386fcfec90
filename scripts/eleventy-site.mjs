// An Eleventy 3 project holding the same articles as a generated baotinh site, for
// scripts/bench-peers.mjs. It renders what the Hugo layouts of scripts/hugo-site.mjs render, page
// for page: home (the 6 newest, then the 4 newest of each category), the article list /bai-viet/
// (20 a page), each article at /tin-tuc/YYYY/MM/<file name>/ (date, category link, tags, related =
// the 5 newest of its category, as Hugo's `first 5 (index .GetTerms "categories" 0).Pages`),
// category and tag term pages (20 a page), the category and tag lists, 404, one RSS feed of the 50
// newest and a sitemap. Every page has the header (categories) and the sidebar (6 newest).
//
//   makeEleventySite(siteRoot, eleventyRoot)  writes eleventyRoot/{eleventy.config.mjs,_data,_includes,…,bai-viet/} from siteRoot
//
// Build: `node <repo>/node_modules/@11ty/eleventy/cmd.cjs --quiet --input=. --output=<out>` with
// cwd = eleventyRoot; the project imports no package, so it needs neither its own node_modules nor network.
// Usual Eleventy idioms: Nunjucks layouts, collections made in the config (once per build, newest
// first), term pages by "double pagination" (the config cuts each term's articles into chunks of
// 20; a template paginates over the chunks, one a page), Markdown not run through a template
// engine first (markdownTemplateEngine: false; the bodies are plain Markdown, as for Hugo).
// The paginated lists stay out of collections.all, so the sitemap lists each list once, as Hugo's does.
// Left different from Hugo: Hugo adds heading ids (Goldmark), /page/1/ redirect pages, an RSS feed
// per section and per term, robots.txt, and renders the header and sidebar once (partialCached);
// Eleventy renders them on every page. Tag addresses: đ → d here, kept as %C4%91 by Hugo.
// Only the front matter changes: the date gets its explicit offset in the site's time zone
// ("2015-01-01T01:00" → "2015-01-01T01:00:00+07:00"), since Eleventy reads an offset-less date as
// UTC; the article's tags go under `articleTags` (Eleventy's own `tags` would make a collection per
// tag that nothing uses). The Markdown body is copied byte for byte.

import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import jsYaml from 'js-yaml';
import YAML from 'yaml';

/** A JSON string is a valid YAML double-quoted scalar. */
const q = (s) => JSON.stringify(String(s));

export function makeEleventySite(siteRoot, eleventyRoot) {
  const config = YAML.parse(readFileSync(join(siteRoot, 'baotinh.config.yaml'), 'utf8'));
  const timeZone = config.timeZone ?? 'Asia/Ho_Chi_Minh';
  rmSync(eleventyRoot, { recursive: true, force: true });
  const site = {
    title: config.title,
    description: config.description ?? config.title,
    baseUrl: String(config.baseUrl).replace(/\/+$/, ''),
    locale: config.locale ?? 'vi-VN',
    timeZone,
    pageSize: Number(config.pageSize ?? 20),
    feedSize: Number(config.feedSize ?? 50),
    categories: (config.categories ?? []).map((c) => ({ slug: c.slug, name: c.name, description: c.description ?? '' })),
  };
  const files = { ...PROJECT, '_data/site.json': `${JSON.stringify(site, null, 2)}\n` };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(eleventyRoot, path)), { recursive: true });
    writeFileSync(join(eleventyRoot, path), `${text.trim()}\n`);
  }
  const articleDir = join(siteRoot, 'content', 'bai-viet');
  const names = readdirSync(articleDir).filter((n) => n.endsWith('.md')).sort();
  for (const name of names) {
    writeFileSync(join(eleventyRoot, 'bai-viet', name), toEleventyArticle(readFileSync(join(articleDir, name), 'utf8'), name, timeZone));
  }
  return { articles: names.length };
}

/** baotinh front matter → Eleventy front matter; the body after the closing `---` is kept as it is. */
export function toEleventyArticle(text, name, timeZone) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error(`eleventy-site: ${name} has no front matter`);
  const meta = jsYaml.load(match[1]);
  const lines = ['---', `title: ${q(meta.title)}`, `date: ${q(zonedIso(meta.date, timeZone))}`, `category: ${q(meta.category)}`, 'articleTags:'];
  for (const tag of meta.tags ?? []) lines.push(`  - ${q(tag)}`);
  if (meta.summary) lines.push(`description: ${q(meta.summary)}`);
  lines.push('---', '');
  return `${lines.join('\n')}${text.slice(match[0].length)}`;
}

/** "2015-01-01T01:00" (wall-clock time in `timeZone`) → "2015-01-01T01:00:00+07:00". */
export function zonedIso(value, timeZone) {
  if (value instanceof Date) value = value.toISOString().slice(0, 16); // js-yaml read an unquoted date as UTC
  const m = /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d))?)?$/.exec(String(value).trim());
  if (!m) throw new Error(`eleventy-site: cannot read the date "${value}"`);
  const [y, mo, d, h = '00', mi = '00', s = '00'] = m.slice(1);
  const asUtc = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s);
  // The zone's offset at that moment (twice: the first guess may sit on the other side of a change).
  let offset = offsetMinutes(asUtc, timeZone);
  offset = offsetMinutes(asUtc - offset * 60000, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const p2 = (n) => String(n).padStart(2, '0');
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${sign}${p2(Math.floor(abs / 60))}:${p2(abs % 60)}`;
}

function offsetMinutes(epochMs, timeZone) {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(epochMs).find((p) => p.type === 'timeZoneName').value; // "GMT+07:00", or "GMT"
  const m = /([+-])(\d\d):?(\d\d)?/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
}

const ARTICLE_ITEM = '<li><a href="{{ a.url }}">{{ a.data.title }}</a> <time datetime="{{ a.date | localDate(\'iso\') }}">{{ a.date | localDate(\'day\') }}</time></li>';

const PAGER = `
{% if pager.total > 1 %}<nav class="pagination"><ul>
{% if pager.previous %}<li><a href="{{ pager.first }}">&laquo;&laquo;</a></li><li><a href="{{ pager.previous }}">&laquo;</a></li>{% endif %}
<li aria-current="page">{{ pager.number }} / {{ pager.total }}</li>
{% if pager.next %}<li><a href="{{ pager.next }}">&raquo;</a></li><li><a href="{{ pager.last }}">&raquo;&raquo;</a></li>{% endif %}
</ul></nav>{% endif %}`;

/** A taxonomy's term pages, 20 articles each: one page per chunk the config cut (double pagination). */
function termPages(collection, computedDescription) {
  return `
---
layout: base.njk
pagination:
  data: collections.${collection}
  size: 1
  alias: chunk
eleventyExcludeFromCollections: true
permalink: "{{ chunk.href }}"
eleventyComputed:
  title: "{{ chunk.name }}"${computedDescription}
---
<h1>{{ chunk.name }}</h1>
<ul>{% for a in chunk.items %}${ARTICLE_ITEM}{% endfor %}</ul>
{% set pager = chunk.pager %}${PAGER}`;
}

const PROJECT = {
  'eleventy.config.mjs': `
// Eleventy configuration of a benchmark copy of a baotinh site (written by scripts/eleventy-site.mjs).
import { readFileSync } from 'node:fs';
import { localParts } from './local-date.mjs';

const site = JSON.parse(readFileSync(new URL('./_data/site.json', import.meta.url), 'utf8'));
const categoryInfo = new Map(site.categories.map((c) => [c.slug, c]));
const p2 = (n) => String(n).padStart(2, '0');

/** "Đồng bào Tày" → "dong-bao-tay" */
const termSlug = (text) => String(text).replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFD').replace(/[\\u0300-\\u036f]/g, '')
  .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

const byName = (a, b) => a.name.localeCompare(b.name, 'vi');
const bySlug = (a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0); // Hugo's .Alphabetical of categories: by key

/** One term's articles cut into pages of pageSize: the items of the "double pagination". */
function chunks(term) {
  const total = Math.max(1, Math.ceil(term.items.length / site.pageSize));
  const hrefs = Array.from({ length: total }, (_, i) => (i === 0 ? term.url : \`\${term.url}page/\${i + 1}/\`));
  return hrefs.map((href, i) => ({
    ...term, pageNumber: i, href, items: term.items.slice(i * site.pageSize, (i + 1) * site.pageSize),
    pager: { number: i + 1, total, first: hrefs[0], last: hrefs[total - 1], previous: hrefs[i - 1], next: hrefs[i + 1] },
  }));
}

/** Everything the templates list, sorted once per build (newest first). */
function buildIndex(api) {
  const articles = api.getFilteredByGlob('./bai-viet/*.md')
    .sort((a, b) => b.date - a.date || (a.inputPath < b.inputPath ? -1 : a.inputPath > b.inputPath ? 1 : 0));
  const byCategory = new Map();
  const byTag = new Map();
  for (const a of articles) {
    if (!byCategory.has(a.data.category)) byCategory.set(a.data.category, []);
    byCategory.get(a.data.category).push(a);
    for (const tag of a.data.articleTags ?? []) {
      if (!byTag.has(tag)) byTag.set(tag, []);
      byTag.get(tag).push(a);
    }
  }
  const categoryTerms = [...byCategory].map(([slug, items]) => {
    const info = categoryInfo.get(slug);
    return { slug, name: info?.name ?? slug, description: info?.description ?? '', url: \`/categories/\${slug}/\`, count: items.length, items };
  }).sort(bySlug);
  const tagTerms = [...byTag].map(([name, items]) => ({ slug: termSlug(name), name, description: '', url: \`/tags/\${termSlug(name)}/\`, count: items.length, items })).sort(byName);
  return {
    articles,
    categoryTerms,
    tagTerms,
    // Hugo's related list is the first 5 of the category's pages (newest first), the article itself included.
    relatedByCategory: Object.fromEntries(categoryTerms.map((t) => [t.slug, t.items.slice(0, 5)])),
    categoryBySlug: Object.fromEntries(categoryTerms.map((t) => [t.slug, { name: t.name, url: t.url }])),
    categoryPages: categoryTerms.flatMap(chunks),
    tagPages: tagTerms.flatMap(chunks),
  };
}

export default function (eleventyConfig) {
  // Every collection below comes from one index, made at the first call of a build.
  let index = null;
  eleventyConfig.on('eleventy.before', () => { index = null; });
  const from = (key) => (api) => (index ??= buildIndex(api))[key];
  for (const key of ['articles', 'categoryTerms', 'tagTerms', 'relatedByCategory', 'categoryBySlug', 'categoryPages', 'tagPages']) {
    eleventyConfig.addCollection(key, from(key));
  }

  eleventyConfig.addFilter('localDate', (date, format) => {
    const t = localParts(date, site.timeZone);
    switch (format) {
      case 'iso': return \`\${t.year}-\${t.month}-\${t.day}T\${t.hour}:\${t.minute}:\${t.second}\${t.offset}\`;
      case 'day': return \`\${t.day}/\${t.month}/\${t.year}\`;
      case 'dayTime': return \`\${t.day}/\${t.month}/\${t.year} \${t.hour}:\${t.minute}\`;
      case 'rfc822': return \`\${t.weekday}, \${t.day} \${t.monthName} \${t.year} \${t.hour}:\${t.minute}:\${t.second} \${t.offset.replace(':', '')}\`;
      default: throw new Error(\`localDate: unknown format \${format}\`);
    }
  });
  eleventyConfig.addFilter('termSlug', termSlug);

  return {
    dir: { input: '.', includes: '_includes', data: '_data' },
    templateFormats: ['md', 'njk'],
    markdownTemplateEngine: false,
    htmlTemplateEngine: 'njk',
  };
}
`,
  'local-date.mjs': `
// Wall-clock parts of a date in the site's time zone, for the templates and the article permalinks.
const formats = new Map();
const cache = new Map();
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function localParts(date, timeZone) {
  const ms = date.getTime();
  const key = \`\${timeZone} \${ms}\`;
  let parts = cache.get(key); // the sidebar's 6 dates are on every page
  if (parts) return parts;
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone, weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZoneName: 'longOffset',
    });
    formats.set(timeZone, format);
  }
  const p = {};
  for (const { type, value } of format.formatToParts(date)) p[type] = value;
  const offset = p.timeZoneName.replace('GMT', '') || '+00:00';
  parts = { ...p, offset, monthName: MONTHS[Number(p.month) - 1] };
  cache.set(key, parts);
  return parts;
}
`,
  'bai-viet/bai-viet.11tydata.mjs': `
// Every article: the article layout, and the address /tin-tuc/YYYY/MM/<file name>/ (year and month in
// the site's time zone). The file name, not page.fileSlug: Eleventy drops a "YYYY-MM-DD-" found
// anywhere in a name, and a notice's name may end in "-2024-05-13-0830".
import { readFileSync } from 'node:fs';
import { localParts } from '../local-date.mjs';

const { timeZone } = JSON.parse(readFileSync(new URL('../_data/site.json', import.meta.url), 'utf8'));

export default {
  layout: 'article.njk',
  permalink: (data) => {
    const t = localParts(data.page.date, timeZone);
    const name = data.page.inputPath.split('/').pop().replace(/\\.md$/, '');
    return \`/tin-tuc/\${t.year}/\${t.month}/\${name}/\`;
  },
};
`,
  '_includes/base.njk': `
<!DOCTYPE html>
<html lang="{{ site.locale }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{% if page.url == "/" %}{{ site.title }}{% else %}{{ title }} – {{ site.title }}{% endif %}</title>
<meta name="description" content="{{ description or site.title }}">
<link rel="canonical" href="{{ site.baseUrl }}{{ page.url }}">
<link rel="alternate" type="application/rss+xml" href="{{ site.baseUrl }}/index.xml">
</head>
<body>
<header><a href="/">{{ site.title }}</a>
<nav><ul>{% for c in collections.categoryTerms %}<li><a href="{{ c.url }}">{{ c.name }}</a></li>{% endfor %}</ul></nav>
</header>
<div class="page">
<main id="noi-dung">
{{ content | safe }}
</main>
<aside><h2>Tin mới</h2><ul>{% for a in collections.articles.slice(0, 6) %}${ARTICLE_ITEM}{% endfor %}</ul></aside>
</div>
<footer><p>{{ site.title }}</p></footer>
</body>
</html>`,
  '_includes/article.njk': `
---
layout: base.njk
---
<article>
<h1>{{ title }}</h1>
<p><time datetime="{{ page.date | localDate('iso') }}">{{ page.date | localDate('dayTime') }}</time>
{% set c = collections.categoryBySlug[category] %}{% if c %} · <a href="{{ c.url }}">{{ c.name }}</a>{% endif %}</p>
{{ content | safe }}
{% if articleTags and articleTags.length %}<ul class="tags">{% for tag in articleTags %}<li><a href="/tags/{{ tag | termSlug }}/">{{ tag }}</a></li>{% endfor %}</ul>{% endif %}
{% set related = collections.relatedByCategory[category] %}
{% if related and related.length %}<h2>Tin liên quan</h2><ul>{% for a in related %}${ARTICLE_ITEM}{% endfor %}</ul>{% endif %}
</article>`,
  'index.njk': `
---
layout: base.njk
permalink: /
---
<h1>{{ site.title }}</h1>
<section><h2>Tin mới</h2><ul>{% for a in collections.articles.slice(0, 6) %}${ARTICLE_ITEM}{% endfor %}</ul></section>
{% for c in collections.categoryTerms %}<section><h2><a href="{{ c.url }}">{{ c.name }}</a></h2>
<ul>{% for a in c.items.slice(0, 4) %}${ARTICLE_ITEM}{% endfor %}</ul></section>{% endfor %}`,
  'bai-viet-list.njk': `
---
layout: base.njk
title: Bài viết
pagination:
  data: collections.articles
  size: 20
  alias: items
eleventyExcludeFromCollections: true
permalink: "/bai-viet/{% if pagination.pageNumber > 0 %}page/{{ pagination.pageNumber + 1 }}/{% endif %}"
---
<h1>{{ title }}</h1>
<ul>{% for a in items %}${ARTICLE_ITEM}{% endfor %}</ul>
{% set pager = { number: pagination.pageNumber + 1, total: pagination.pages.length, first: pagination.href.first, last: pagination.href.last, previous: pagination.href.previous, next: pagination.href.next } %}${PAGER}`,
  'category-pages.njk': termPages('categoryPages', '\n  description: "{{ chunk.description }}"'),
  'tag-pages.njk': termPages('tagPages', ''),
  'categories.njk': `
---
layout: base.njk
title: Chuyên mục
permalink: /categories/
---
<h1>{{ title }}</h1>
<ul>{% for c in collections.categoryTerms %}<li><a href="{{ c.url }}">{{ c.name }}</a> ({{ c.count }})</li>{% endfor %}</ul>`,
  'tags.njk': `
---
layout: base.njk
title: Thẻ
permalink: /tags/
---
<h1>{{ title }}</h1>
<ul>{% for t in collections.tagTerms %}<li><a href="{{ t.url }}">{{ t.name }}</a> ({{ t.count }})</li>{% endfor %}</ul>`,
  '404.njk': `
---
layout: base.njk
title: Không tìm thấy trang
permalink: /404.html
eleventyExcludeFromCollections: true
---
<h1>Không tìm thấy trang</h1><p><a href="/">Trang chủ</a></p>`,
  'feed.njk': `
---
permalink: /index.xml
eleventyExcludeFromCollections: true
---
<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>{{ site.title }}</title>
<link>{{ site.baseUrl }}/</link>
<description>{{ site.description }}</description>
<language>{{ site.locale }}</language>
{% if collections.articles.length %}<lastBuildDate>{{ collections.articles[0].date | localDate('rfc822') }}</lastBuildDate>{% endif %}
<atom:link href="{{ site.baseUrl }}/index.xml" rel="self" type="application/rss+xml"/>
{% for a in collections.articles.slice(0, site.feedSize) %}<item>
<title>{{ a.data.title }}</title>
<link>{{ site.baseUrl }}{{ a.url }}</link>
<pubDate>{{ a.date | localDate('rfc822') }}</pubDate>
<guid>{{ site.baseUrl }}{{ a.url }}</guid>
<description>{{ a.data.description }}</description>
</item>
{% endfor %}</channel>
</rss>`,
  'sitemap.njk': `
---
permalink: /sitemap.xml
eleventyExcludeFromCollections: true
---
<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{% for p in collections.all %}<url><loc>{{ site.baseUrl }}{{ p.url }}</loc><lastmod>{{ p.date | localDate('iso') }}</lastmod></url>
{% endfor %}{% if collections.articles.length %}<url><loc>{{ site.baseUrl }}/bai-viet/</loc><lastmod>{{ collections.articles[0].date | localDate('iso') }}</lastmod></url>
{% endif %}{% for t in collections.categoryTerms.concat(collections.tagTerms) %}<url><loc>{{ site.baseUrl }}{{ t.url }}</loc><lastmod>{{ t.items[0].date | localDate('iso') }}</lastmod></url>
{% endfor %}</urlset>`,
};
