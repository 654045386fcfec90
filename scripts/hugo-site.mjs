// A minimal Hugo project holding the same articles as a generated baotinh site, for
// scripts/bench-incremental.mjs. Every page kind is rendered: home, the article section, single
// articles (with related articles: the newest of the article's first category; Hugo's own
// `.Related` by tags took 130 s for 10,000 articles here, which would measure its related-content
// index, not its rebuilds), category and tag term pages (paginated like baotinh,
// 20 a page), the taxonomy lists, 404, plus Hugo's default RSS feeds (limited to baotinh's
// feedSize, 50) and sitemap.
//
//   makeHugoSite(siteRoot, hugoRoot)  writes hugoRoot/{hugo.toml,layouts/,content/} from siteRoot
//
// Only the front matter changes (title, date, categories, tags, and the summary as description);
// the Markdown body is copied byte for byte, so an edit made to both copies is the same edit.

import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import YAML from 'yaml';

/** A JSON string is a valid YAML double-quoted scalar (and the title edit relies on this shape). */
const q = (s) => JSON.stringify(String(s));
const tomlString = (s) => JSON.stringify(String(s));

export function makeHugoSite(siteRoot, hugoRoot) {
  const config = YAML.parse(readFileSync(join(siteRoot, 'baotinh.config.yaml'), 'utf8'));
  rmSync(hugoRoot, { recursive: true, force: true });
  mkdirSync(join(hugoRoot, 'content', 'bai-viet'), { recursive: true });
  writeFileSync(join(hugoRoot, 'hugo.toml'), hugoConfig(config));
  writeFileSync(join(hugoRoot, 'content', 'bai-viet', '_index.md'), '---\ntitle: "Bài viết"\n---\n');
  for (const c of config.categories ?? []) {
    mkdirSync(join(hugoRoot, 'content', 'categories', c.slug), { recursive: true });
    writeFileSync(join(hugoRoot, 'content', 'categories', c.slug, '_index.md'), `---\ntitle: ${q(c.name)}\ndescription: ${q(c.description ?? '')}\n---\n`);
  }
  for (const [path, text] of Object.entries(LAYOUTS)) {
    mkdirSync(join(hugoRoot, 'layouts', path, '..'), { recursive: true });
    writeFileSync(join(hugoRoot, 'layouts', path), `${text.trim()}\n`);
  }
  const articleDir = join(siteRoot, 'content', 'bai-viet');
  const names = readdirSync(articleDir).filter((n) => n.endsWith('.md')).sort();
  for (const name of names) {
    writeFileSync(join(hugoRoot, 'content', 'bai-viet', name), toHugoArticle(readFileSync(join(articleDir, name), 'utf8'), name));
  }
  return { articles: names.length };
}

/** baotinh front matter → Hugo front matter; the body after the closing `---` is kept as it is. */
export function toHugoArticle(text, name = 'article') {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error(`hugo-site: ${name} has no front matter`);
  const meta = jsYaml.load(match[1]);
  const lines = ['---', `title: ${q(meta.title)}`, `slug: ${q(name.replace(/\.md$/, ''))}`, `date: ${q(hugoDate(meta.date))}`, `categories: [${q(meta.category)}]`, 'tags:'];
  for (const tag of meta.tags ?? []) lines.push(`  - ${q(tag)}`);
  if (meta.summary) lines.push(`description: ${q(meta.summary)}`);
  lines.push('---', '');
  return `${lines.join('\n')}${text.slice(match[0].length)}`;
}

/** "2015-01-01T00:06" (local time of the site) → "2015-01-01T00:06:00"; hugo.toml sets the time zone. */
function hugoDate(value) {
  const text = value instanceof Date ? value.toISOString().slice(0, 16) : String(value);
  return /T\d\d:\d\d$/.test(text) ? `${text}:00` : text;
}

function hugoConfig(config) {
  return `baseURL = ${tomlString(`${config.baseUrl}/`)}
languageCode = ${tomlString(config.locale ?? 'vi-VN')}
title = ${tomlString(config.title)}
timeZone = ${tomlString(config.timeZone ?? 'Asia/Ho_Chi_Minh')}
paginate = ${Number(config.pageSize ?? 10)}
removePathAccents = true
enableRobotsTXT = true

# baotinh's feeds hold feedSize articles; Hugo's default RSS holds every page of its section.
[services]
  [services.rss]
    limit = ${Number(config.feedSize ?? 50)}

[taxonomies]
  category = "categories"
  tag = "tags"

[permalinks]
  bai-viet = "/tin-tuc/:year/:month/:slug/"
`;
}

const ARTICLE_ITEM = `<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time datetime="{{ .Date.Format "2006-01-02T15:04:05-07:00" }}">{{ .Date.Format "02/01/2006" }}</time></li>`;

/** Simple layouts: one per page kind, all extending baseof.html (the template the benchmark edits). */
const LAYOUTS = {
  '_default/baseof.html': `
<!DOCTYPE html>
<html lang="{{ site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} – {{ site.Title }}{{ end }}</title>
<meta name="description" content="{{ with .Description }}{{ . }}{{ else }}{{ site.Title }}{{ end }}">
<link rel="canonical" href="{{ .Permalink }}">
{{ with site.Home.OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .Permalink }}">{{ end }}
</head>
<body>
{{ partialCached "header.html" . }}
<div class="page">
<main id="noi-dung">
{{ block "main" . }}{{ end }}
</main>
{{ partialCached "sidebar.html" . }}
</div>
<footer><p>{{ site.Title }}</p></footer>
</body>
</html>`,
  'partials/header.html': `
<header><a href="{{ "/" | relURL }}">{{ site.Title }}</a>
<nav><ul>{{ range site.Taxonomies.categories.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a></li>{{ end }}</ul></nav>
</header>`,
  'partials/sidebar.html': `
<aside><h2>Tin mới</h2><ul>{{ range first 6 site.RegularPages }}${ARTICLE_ITEM}{{ end }}</ul></aside>`,
  '_default/single.html': `
{{ define "main" }}<article>
<h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02T15:04:05-07:00" }}">{{ .Date.Format "02/01/2006 15:04" }}</time>
{{ range .GetTerms "categories" }} · <a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}</p>
{{ .Content }}
{{ with .GetTerms "tags" }}<ul class="tags">{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>{{ end }}
{{ with .GetTerms "categories" }}{{ with first 5 (index . 0).Pages }}<h2>Tin liên quan</h2><ul>{{ range . }}${ARTICLE_ITEM}{{ end }}</ul>{{ end }}{{ end }}
</article>{{ end }}`,
  '_default/list.html': `
{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Paginator.Pages }}${ARTICLE_ITEM}{{ end }}</ul>
{{ template "_internal/pagination.html" . }}
{{ end }}`,
  '_default/term.html': `
{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Paginator.Pages }}${ARTICLE_ITEM}{{ end }}</ul>
{{ template "_internal/pagination.html" . }}
{{ end }}`,
  '_default/terms.html': `
{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>
{{ end }}`,
  'index.html': `
{{ define "main" }}<h1>{{ site.Title }}</h1>
<section><h2>Tin mới</h2><ul>{{ range first 6 site.RegularPages }}${ARTICLE_ITEM}{{ end }}</ul></section>
{{ range site.Taxonomies.categories.Alphabetical }}<section><h2><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a></h2>
<ul>{{ range first 4 .Pages }}${ARTICLE_ITEM}{{ end }}</ul></section>{{ end }}
{{ end }}`,
  '404.html': `
{{ define "main" }}<h1>Không tìm thấy trang</h1><p><a href="{{ "/" | relURL }}">Trang chủ</a></p>{{ end }}`,
};
