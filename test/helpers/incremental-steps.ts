// The random walk of the incremental-build property test: a model of a small site's inputs (articles,
// photos, views, templates, public files, configuration), the one-change steps an editor, a developer
// or a CI machine makes, seeded, and the files the model stands for. A few steps break the input on
// purpose (a date that does not exist, a missing photo, a file moved without fixing its links…); the
// step after one always repairs it. Others touch only the build's surroundings: the cache folder lost,
// damaged or out of date, the output deleted, a file saved again unchanged.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { PACKAGE_ROOT } from '../../src/build.js';
import { titleSlug } from '../../src/vi/slug.js';
import type { Random } from '../fuzz/random.js';

const DAY = 86_400_000;
const CATEGORIES = ['tin-tuc', 'dan-van-kheo', 'bien-gioi'];
const TAGS = ['dân vận', 'hội nghị', 'Cao Bằng'];
const AUTHORS = ['Dương Liễu', 'Nông Văn Á'];
const TITLES = ['Hội nghị tổng kết công tác dân vận', 'Đoàn công tác về Hà Quảng', 'Nông thôn mới ở Đức Hồng', 'Biên giới bình yên', 'Tập huấn kỹ năng dân vận khéo'];
const BREAKS = ['date', 'category', 'photo', 'link', 'views-file', 'config', 'photo-later', 'link-later'] as const;
const FOLDERS = ['bai-viet', 'tin-cu', 'bai-viet/2024'];
/** Changes around the inputs, applied by applyEvent() after the inputs are written. */
export const EVENTS = ['touch', 'state-lost', 'state-damaged', 'state-stale', 'cache-lost', 'output-removed', 'store-removed', 'search-files-lost', 'search-damaged'] as const;
export type BuildEvent = { readonly kind: (typeof EVENTS)[number]; readonly file?: string };

export interface ArticleModel {
  title: string;
  date: number;
  category: string;
  tags: string[];
  author?: string;
  summary?: string;
  views?: number;
  aliases: string[];
  cover?: string;
  photo?: string;
  updated?: number;
  slug?: string;
  draft?: boolean;
  /** Content path of the article this one links to, written relative to this one's folder or from content/. */
  link?: string;
  linkRelative?: boolean;
  paragraphs: string[];
}
export interface PhotoModel { shade: number; width: number; height: number; alpha: boolean }
export interface SiteModel {
  /** The build's clock (`now`): fixed, moved only by the clock step. */
  clock: number;
  articles: Map<string, ArticleModel>;
  photos: Map<string, PhotoModel>;
  views: Map<string, number>;
  config: { pageSize: number; basePath: string; latest: string; siteTitle: string; byCategory: boolean; widths: number[]; typo: boolean };
  /** The site's own templates/ and public/ files (path inside the folder → text). */
  templates: Map<string, string>;
  publicFiles: Map<string, string>;
  /** A break to repair next step; `text` is a file moved as it was (its relative links now point elsewhere). */
  broken?: { kind: (typeof BREAKS)[number] | 'moved'; article: string; text?: string; later?: string };
  event?: BuildEvent;
  /** A symbolic link under content/ that leads nowhere (skipped with a warning). */
  strayLink?: boolean;
  serial: number;
}

const STRAY_LINK = 'content/bai-viet/lien-ket-hong.md';

type Step = (m: SiteModel, r: Random, history: readonly SiteModel[]) => string | undefined;

const isPublished = (a: ArticleModel, m: SiteModel): boolean => a.date <= m.clock && !a.draft;
const published = (m: SiteModel): string[] => [...m.articles].filter(([, a]) => isPublished(a, m)).map(([p]) => p);
const linkedTo = (m: SiteModel, target: string): string[] => [...m.articles].filter(([, a]) => a.link === target).map(([p]) => p);
const pastDate = (m: SiteModel, r: Random): number => m.clock - r.int(1, 240) * 3_600_000 * 12;
const titleOf = (m: SiteModel, r: Random): string => `${r.pick(TITLES)} số ${++m.serial}`;
const idOf = (contentPath: string): string => contentPath.replace(/\.md$/, '');
/** The article's address (the views file may be keyed by it). */
function urlOf(a: ArticleModel, m: SiteModel): string {
  const slug = a.slug ?? titleSlug(a.title);
  return m.config.byCategory ? `/${a.category}/${slug}/` : `/tin-tuc/${dateText(a.date).slice(6, 10)}/${dateText(a.date).slice(3, 5)}/${slug}/`;
}
/** Whether a step may take the article out of the site: no published article links to it. */
const unlinked: ArticleFilter = (p, a, m) => isPublished(a, m) && linkedTo(m, p).length === 0;

type ArticleFilter = (p: string, a: ArticleModel, m: SiteModel) => boolean;

function pickArticle(m: SiteModel, r: Random, filter: ArticleFilter = () => true): [string, ArticleModel] | undefined {
  const fits = [...m.articles].filter(([p, a]) => filter(p, a, m));
  return fits.length ? r.pick(fits) : undefined;
}

/** One step on one article: picks it, applies the edit, describes it. */
const onArticle = (edit: (a: ArticleModel, r: Random, m: SiteModel, p: string) => string | undefined, filter?: ArticleFilter): Step => (m, r) => {
  const picked = pickArticle(m, r, filter);
  const done = picked && edit(picked[1], r, m, picked[0]);
  return done && `${picked[0]}: ${done}`;
};

function newArticle(m: SiteModel, r: Random): ArticleModel {
  return { title: titleOf(m, r), date: pastDate(m, r), category: r.pick(CATEGORIES), tags: [...new Set(r.some(TAGS, r.int(0, 2)))], aliases: [], paragraphs: [`Nội dung bài ${m.serial}: "Dân vận khéo" ở cơ sở.`, `Đoạn hai của bài ${m.serial}.`], ...(r.chance(0.6) && { author: r.pick(AUTHORS) }) };
}

function setPhoto(a: ArticleModel, r: Random, photo: string | undefined): string {
  const role = r.chance(0.5) ? 'cover' : 'photo';
  if (photo) a[role] = photo;
  else delete a[role];
  return `${role} → ${photo ?? 'none'}`;
}

const TOC = '{% if article.headings.length %}<nav class="muc-luc" aria-label="Mục lục"><ul>{% for h in article.headings %}<li><a href="#{{ h.id }}">{{ h.text }}</a></li>{% endfor %}</ul></nav>{% endif %}\n';

const templateNames = (sub: string): string[] => readdirSync(path.join(PACKAGE_ROOT, 'templates', sub)).filter((f) => f.endsWith('.njk')).map((f) => path.posix.join(sub, f));

/** Adds visible text (or, with `comment`, a Nunjucks comment that changes no output) to a template. */
function editTemplate(m: SiteModel, file: string, comment: boolean): string {
  const text = m.templates.get(file) ?? readFileSync(path.join(PACKAGE_ROOT, 'templates', file), 'utf8');
  // No newline after the comment: the newline would be output text.
  const added = comment ? `{# ghi chú ${++m.serial} #}` : `<!-- ghi chú ${++m.serial} -->\n`;
  const anchor = text.includes('{% extends') ? text.lastIndexOf('{% endblock %}') : text.includes('</body>') ? text.lastIndexOf('</body>') : text.length;
  m.templates.set(file, text.slice(0, anchor) + added + text.slice(anchor));
  return `templates/${file}: ${comment ? 'comment' : 'text'} ${m.serial} added`;
}

const templateStep = (sub: string): Step => (m, r) => {
  const file = r.pick(templateNames(sub));
  if (m.templates.has(file) && r.chance(0.25)) {
    m.templates.delete(file);
    return `templates/${file}: override removed (built-in again)`;
  }
  return editTemplate(m, file, r.chance(0.25));
};

const STEPS: readonly (readonly [number, string, Step])[] = [
  [8, 'body', onArticle((a, r, m) => {
    const i = r.int(0, a.paragraphs.length - 1);
    const kind = a.paragraphs.length > 1 ? r.pick(['replace', 'append', 'prepend', 'remove']) : r.pick(['replace', 'append']);
    const text = `Đoạn sửa số ${++m.serial}, "trích dẫn" và [liên kết](https://example.com/${m.serial}).`;
    if (kind === 'replace') a.paragraphs[i] = text;
    else if (kind === 'append') a.paragraphs.push(text);
    else if (kind === 'prepend') a.paragraphs.unshift(text);
    else a.paragraphs.splice(i, 1);
    return `body: ${kind} paragraph`;
  })],
  [3, 'title', onArticle((a, r, m) => {
    const same = r.chance(0.3); // text changes, address stays
    a.title = same ? (a.title.endsWith('!') ? a.title.slice(0, -1) : `${a.title}!`) : titleOf(m, r);
    return `title → "${a.title}"`;
  })],
  [2, 'date', onArticle((a, r, m) => {
    const tie = r.chance(0.3) ? pickArticle(m, r, (_, b) => b !== a && isPublished(b, m)) : undefined;
    a.date = tie ? tie[1].date : pastDate(m, r);
    return `date → ${dateText(a.date)}${tie ? ` (same as ${tie[0]})` : ''}`;
  })],
  [1.5, 'date-future', onArticle((a, r, m) => {
    a.date = m.clock + r.int(1, 20) * DAY + r.int(0, 23) * 3_600_000;
    return `date → ${dateText(a.date)} (future)`;
  }, unlinked)],
  [1, 'date-back', onArticle((a, r, m) => {
    a.date = pastDate(m, r);
    return `date back → ${dateText(a.date)}`;
  }, (_, a, m) => a.date > m.clock)],
  [0.7, 'clock', (m, r) => {
    if (published(m).length === m.articles.size) return undefined;
    m.clock += r.int(1, 10) * DAY;
    return `clock → ${dateText(m.clock)} (${published(m).length} published)`;
  }],
  [2, 'category', onArticle((a, r) => ((a.category = r.pick(CATEGORIES.filter((c) => c !== a.category))), `category → ${a.category}`))],
  [2, 'tags', onArticle((a, r) => ((a.tags = [...new Set(r.some(TAGS, r.int(0, 3)))]), `tags → [${a.tags.join(', ')}]`))],
  [1, 'author', onArticle((a, r) => (r.chance(0.3) ? delete a.author : (a.author = r.pick(AUTHORS)), `author → ${a.author ?? 'none'}`))],
  [1, 'summary', onArticle((a, r, m) => (r.chance(0.3) ? delete a.summary : (a.summary = `Sapo số ${++m.serial}.`), `summary → ${a.summary ?? 'none'}`))],
  [1, 'views', onArticle((a, r) => (r.chance(0.25) ? delete a.views : (a.views = r.int(0, 3000)), `views → ${a.views ?? 'none'}`))],
  [1, 'views-file', onArticle((a, r, m, p) => {
    if (r.chance(0.1)) return (m.views.clear(), 'views file removed');
    const key = r.chance(0.3) ? urlOf(a, m) : idOf(p);
    if (m.views.has(key) && r.chance(0.3)) return (m.views.delete(key), `views file entry ${key} removed`);
    m.views.set(key, r.int(0, 5000));
    return `views file ${key} → ${m.views.get(key)}`;
  })],
  [0.7, 'draft', onArticle((a) => ((a.draft = !a.draft), `draft → ${a.draft}`), (p, a, m) => a.draft === true || unlinked(p, a, m))],
  [0.7, 'updated', onArticle((a, r) => (r.chance(0.3) ? delete a.updated : (a.updated = a.date + r.int(1, 72) * 3_600_000), `updated → ${a.updated === undefined ? 'none' : dateText(a.updated)}`))],
  [0.7, 'slug', onArticle((a, r, m) => (r.chance(0.4) ? delete a.slug : (a.slug = `bai-rieng-${++m.serial}`), `slug → ${a.slug ?? 'from the title'}`))],
  [0.7, 'revert', (m, r, history) => {
    if (history.length < 2) return undefined;
    const back = r.int(2, Math.min(6, history.length));
    const old = structuredClone(history[history.length - back]!);
    Object.assign(m, old, { clock: m.clock, serial: m.serial }); // the clock and the counter only go on
    delete m.broken;
    return `everything back as it was ${back - 1} steps before (several files at once)`;
  }],
  [1.2, 'event', (m, r) => {
    const kind = r.pick(EVENTS);
    const files = ['baotinh.config.yaml', ...[...m.articles.keys(), ...m.photos.keys()].map((p) => `content/${p}`), ...[...m.templates.keys()].map((p) => `templates/${p}`)];
    m.event = { kind, ...(kind === 'touch' && { file: r.pick(files) }) };
    return `${kind}${m.event.file ? ` ${m.event.file} (same bytes, new time)` : ''}`;
  }],
  [1, 'aliases', onArticle((a, r, m) => {
    if (a.aliases.length && r.chance(0.4)) return `alias removed: ${a.aliases.pop()}`;
    a.aliases.push(r.chance(0.5) ? `/tin-cu/bai-${++m.serial}.html` : `/index.php?option=com_content&id=${++m.serial}`);
    return `alias added: ${a.aliases.at(-1)}`;
  })],
  [1, 'link', onArticle((a, r, m, p) => {
    const target = r.chance(0.3) ? undefined : pickArticle(m, r, (q, b) => q !== p && isPublished(b, m))?.[0];
    if (target) [a.link, a.linkRelative] = [target, r.chance(0.5)];
    else delete a.link;
    return `link → ${a.link ? `${a.link}${a.linkRelative ? ' (relative)' : ''}` : 'none'}`;
  })],
  [1.5, 'add-article', (m, r) => {
    if (m.articles.size >= 10) return undefined;
    const p = `${r.pick(FOLDERS)}/bai-${++m.serial}.md`;
    m.articles.set(p, newArticle(m, r));
    return `${p}: added`;
  }],
  [1, 'rename-article', onArticle((a, r, m, p) => {
    const to = `${r.pick(FOLDERS)}/doi-ten-${++m.serial}.md`;
    const text = articleText(p, a, undefined);
    m.articles.delete(p);
    m.articles.set(to, a);
    for (const q of linkedTo(m, p)) m.articles.get(q)!.link = to; // the editor fixes the links to it
    // Sometimes moved as it was (git mv): its relative links now name other files; fixed next step.
    const stale = text !== articleText(to, a, undefined) && r.chance(0.4);
    if (stale) m.broken = { kind: 'moved', article: to, text };
    return `renamed → ${to}${stale ? ', bytes unchanged (relative paths now wrong)' : ''}`;
  })],
  [1, 'delete-article', (m, r) => {
    if (m.articles.size <= 5) return undefined;
    const [p] = pickArticle(m, r)!;
    m.views.delete(idOf(p));
    m.articles.delete(p);
    for (const q of linkedTo(m, p)) delete m.articles.get(q)!.link;
    return `${p}: deleted`;
  }],
  [1, 'photo-add', (m, r) => {
    const file = `anh/anh-${++m.serial}.${r.chance(0.2) ? 'png' : 'jpg'}`;
    m.photos.set(file, { shade: r.int(0, 255), width: r.int(160, 320), height: r.int(100, 240), alpha: file.endsWith('.png') });
    const picked = r.chance(0.85) ? pickArticle(m, r) : undefined; // sometimes a photo no article uses
    return `content/${file}: added${picked ? `, ${picked[0]} ${setPhoto(picked[1], r, `/${file}`)}` : ' (unused)'}`;
  }],
  [1, 'photo-replace', (m, r) => {
    if (!m.photos.size) return undefined;
    const [file, photo] = r.pick([...m.photos]);
    const resized = r.chance(0.3);
    m.photos.set(file, { ...photo, shade: (photo.shade + r.int(1, 254)) % 256, ...(resized && { width: r.int(160, 320), height: r.int(100, 240) }) });
    return `content/${file}: new pixels${resized ? ', new size' : ''}`;
  }],
  [1, 'photo-delete', (m, r) => {
    if (!m.photos.size) return undefined;
    const [file] = r.pick([...m.photos]);
    m.photos.delete(file);
    for (const a of m.articles.values()) for (const role of ['cover', 'photo'] as const) if (a[role] === `/${file}`) delete a[role];
    return `content/${file}: deleted with its uses`;
  }],
  [1, 'photo-use', onArticle((a, r, m) => setPhoto(a, r, m.photos.size && r.chance(0.8) ? `/${r.pick([...m.photos.keys()])}` : undefined))],
  [1.2, 'template', templateStep('')],
  [1.2, 'partial', templateStep('partials')],
  [0.5, 'new-partial', (m) => {
    // A partial of the site's own, included from its own base.njk: a template the built-in theme lacks.
    const base = m.templates.get('base.njk') ?? readFileSync(path.join(PACKAGE_ROOT, 'templates', 'base.njk'), 'utf8');
    if (!base.includes('partials/rieng.njk')) m.templates.set('base.njk', base.replace('</body>', '{% include "partials/rieng.njk" %}\n</body>'));
    m.templates.set('partials/rieng.njk', `<p class="rieng">Phần riêng ${++m.serial}</p>\n`);
    return `templates/partials/rieng.njk: text ${m.serial}, included from templates/base.njk`;
  }],
  [0.5, 'toc', (m) => {
    // A contents list made from the body's headings: a page whose body is taken from the published
    // file (which holds the HTML, not the headings) must be made from its source after all.
    const article = m.templates.get('article.njk') ?? readFileSync(path.join(PACKAGE_ROOT, 'templates', 'article.njk'), 'utf8');
    if (article.includes(TOC)) return (m.templates.set('article.njk', article.replace(TOC, '')), 'templates/article.njk: contents list removed');
    m.templates.set('article.njk', article.replace('<div class="article__body">', `${TOC}<div class="article__body">`));
    return 'templates/article.njk: contents list from article.headings added';
  }],
  [1, 'css', (m, r) => {
    const file = r.pick(['assets/site.css', 'css/rieng.css']);
    if (m.publicFiles.has(file) && r.chance(0.3)) return (m.publicFiles.delete(file), `public/${file}: removed`);
    const base = m.publicFiles.get(file) ?? (file === 'assets/site.css' ? readFileSync(path.join(PACKAGE_ROOT, 'public', file), 'utf8') : '');
    m.publicFiles.set(file, `${base}\n/* sửa ${++m.serial} */ .ghi-chu-${m.serial} { color: #a50e0e; }\n`);
    return `public/${file}: edited`;
  }],
  [1.5, 'config', (m, r) => {
    const c = m.config;
    const field = r.pick(['pageSize', 'basePath', 'latest', 'siteTitle', 'byCategory', 'widths', 'typo'] as const);
    if (field === 'pageSize') c.pageSize = r.pick([1, 2, 3, 4].filter((n) => n !== c.pageSize));
    if (field === 'basePath') c.basePath = c.basePath === '/' ? '/portal/' : '/';
    if (field === 'latest') c.latest = `Tin mới ${++m.serial}`;
    if (field === 'siteTitle') c.siteTitle = `Cổng thông tin số ${++m.serial}`;
    if (field === 'byCategory') c.byCategory = !c.byCategory; // permalink: every article address changes
    if (field === 'widths') c.widths = c.widths.length === 2 ? [200] : [160, 320]; // photo variants change
    if (field === 'typo') c.typo = !c.typo; // a misspelt key: a warning, the same configuration
    return `config ${field} → ${JSON.stringify(c[field])}`;
  }],
  [0.5, 'stray-link', (m) => ((m.strayLink = !m.strayLink), `${STRAY_LINK}: a symbolic link to nowhere ${m.strayLink ? 'added' : 'removed'}`)],
  [1, 'break', onArticle((a, r, m, p) => {
    const kind = r.pick(BREAKS);
    // The "-later" breaks name a file that does not exist yet; the repair creates it, the article stays as it is.
    const later = kind === 'photo-later' ? `anh/sap-co-${++m.serial}.jpg` : kind === 'link-later' ? `${r.pick(FOLDERS)}/sap-co-${++m.serial}.md` : undefined;
    if (kind === 'photo-later') a.photo = `/${later}`;
    if (kind === 'link-later') [a.link, a.linkRelative] = [later!, r.chance(0.5)];
    m.broken = { kind, article: p, ...(later && { later }) };
    return `broken on purpose: ${kind}${later ? ` (${later} does not exist yet)` : ''}`;
  })],
  [0.5, 'nothing', () => 'nothing changed'],
];


/**
 * Applies one seeded step to the model and describes it; after a step that broke the input, the
 * step is the repair. The model changes in place; write it out with syncInputs().
 */
export function applyStep(m: SiteModel, r: Random, history: readonly SiteModel[]): string {
  delete m.event;
  if (m.broken) {
    const { kind, article, later } = m.broken;
    delete m.broken;
    if (kind === 'photo-later') m.photos.set(later!, { shade: r.int(0, 255), width: 240, height: 160, alpha: false });
    if (kind === 'link-later') m.articles.set(later!, newArticle(m, r));
    return `${article}: repaired (${kind}${later ? `: ${later} created` : ''})`;
  }
  const total = STEPS.reduce((n, [w]) => n + w, 0);
  for (;;) {
    let roll = r.next() * total;
    const [, name, step] = STEPS.find(([w]) => (roll -= w) < 0) ?? STEPS[STEPS.length - 1]!;
    const done = step(m, r, history);
    if (done) return `${name}: ${done}`;
  }
}

/** The fixture: 8 articles in 3 categories and 2 folders, tags, authors, 2 photos, views, aliases, links. */
export function initialModel(clock: number): SiteModel {
  const m: SiteModel = { clock, articles: new Map(), photos: new Map(), views: new Map(), config: { pageSize: 4, basePath: '/', latest: 'Tin mới', siteTitle: 'Cổng thông tin thử nghiệm', byCategory: false, widths: [160, 320], typo: false }, templates: new Map(), publicFiles: new Map(), serial: 100 };
  m.photos.set('anh/hoi-truong.jpg', { shade: 40, width: 320, height: 200, alpha: false });
  m.photos.set('anh/logo.png', { shade: 200, width: 200, height: 200, alpha: true });
  for (let n = 0; n < 8; n++) {
    m.articles.set(`${n % 2 ? 'tin-cu' : 'bai-viet'}/bai-${n}.md`, {
      title: `${TITLES[n % TITLES.length]} số ${n}`,
      date: clock - (n + 1) * 9 * DAY - (n % 3) * 3_600_000,
      category: CATEGORIES[n % 3]!,
      tags: [TAGS[n % 3]!, ...(n % 2 ? [TAGS[(n + 1) % 3]!] : [])],
      ...(n % 4 !== 3 && { author: AUTHORS[n % 2]! }),
      ...(n % 3 === 0 && { summary: `Sapo của bài ${n}.` }),
      ...(n % 4 === 0 && { views: 100 * n + 7 }),
      aliases: n % 5 === 0 ? [`/tin-cu/bai-cu-${n}.html`] : [],
      ...(n === 0 && { cover: '/anh/hoi-truong.jpg' }),
      ...(n === 3 && { photo: '/anh/hoi-truong.jpg', cover: '/anh/logo.png' }),
      ...(n === 2 && { link: 'tin-cu/bai-1.md' }),
      paragraphs: [`Nội dung bài số ${n}. "Dân vận khéo" là phong trào thi đua.`, `## Kết quả\n\nĐoạn kết của bài ${n}.`],
    });
  }
  m.views.set('bai-viet/bai-2', 1500);
  return m;
}

/** "dd/mm/yyyy HH:MM" in Vietnam time (UTC+7, no daylight saving). */
export function dateText(ms: number): string {
  const d = new Date(ms + 7 * 3_600_000);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

/** A path as written in the article at `from`: relative to its folder, or from content/ ("/anh/x.jpg"). */
function refFrom(from: string, target: string, relative: boolean): string {
  if (!relative) return `/${target}`;
  const rel = path.posix.relative(path.posix.dirname(from), target);
  return rel.startsWith('.') ? rel : `./${rel}`;
}

function articleText(p: string, a: ArticleModel, broken: string | undefined): string {
  const yaml = (v: string): string => JSON.stringify(v);
  const lines = [
    `title: ${yaml(a.title)}`,
    `date: ${broken === 'date' ? '31/02/2024 08:00' : dateText(a.date)}`,
    ...(a.updated !== undefined ? [`updated: ${dateText(a.updated)}`] : []),
    `category: ${broken === 'category' ? 'khong-co-chuyen-muc' : a.category}`,
    ...(a.tags.length ? [`tags: [${a.tags.join(', ')}]`] : []),
    ...(a.author ? [`author: ${a.author}`] : []),
    ...(a.summary ? [`summary: ${yaml(a.summary)}`] : []),
    ...(broken === 'photo' ? ['image: /anh/khong-co.jpg'] : a.cover ? [`image: ${a.cover}`] : []),
    ...(a.views !== undefined ? [`views: ${a.views}`] : []),
    ...(a.aliases.length ? [`aliases: [${a.aliases.map(yaml).join(', ')}]`] : []),
    ...(a.slug ? [`slug: ${a.slug}`] : []),
    ...(a.draft ? ['draft: true'] : []),
  ];
  const body = [...a.paragraphs];
  if (a.photo) body.splice(1, 0, `![Ảnh minh họa](${a.photo})\n*Chú thích ảnh*`); // a photo path may not use ..
  if (broken === 'link') body.push('Xem [bài đã xóa](/bai-viet/khong-co.md).');
  else if (a.link) body.push(`Xem thêm [bài liên quan](${refFrom(p, a.link, a.linkRelative ?? false)}).`);
  return `---\n${lines.join('\n')}\n---\n${body.join('\n\n')}\n`;
}

function configText(m: SiteModel): string {
  return `title: ${JSON.stringify(m.config.siteTitle)}
baseUrl: https://thu.example.vn
basePath: ${m.config.basePath}
permalink: ${m.config.byCategory ? '/{category}/{slug}/' : '/tin-tuc/{yyyy}/{mm}/{slug}/'}${m.config.typo ? '\npageSise: 3' : ''}
pageSize: ${m.broken?.kind === 'config' ? 0 : m.config.pageSize}
latestCount: 3
relatedCount: 2
homeLatestCount: 3
homeCategoryCount: 2
mostReadCount: 3
feedSize: 6
categories:
${CATEGORIES.map((slug, i) => `  - slug: ${slug}\n    name: ${['Tin tức', 'Dân vận khéo', 'Biên giới'][i]}`).join('\n')}
menu:
  - label: Trang chủ
    url: /
  - category: tin-tuc
contact:
  organisation: Ban Dân vận (thử nghiệm)
images:
  widths: [${m.config.widths.join(', ')}]
  thumbnailWidths: [160]
  formats: []
strings:
  latest: ${JSON.stringify(m.config.latest)}
`;
}

/** Photo bytes by their model, made once per run (sharp is the slow part of a step). */
export type PhotoBytes = Map<string, Buffer>;

async function photoBytes(p: PhotoModel, made: PhotoBytes): Promise<Buffer> {
  const key = JSON.stringify(p);
  if (!made.has(key)) {
    const background = { r: p.shade, g: 255 - p.shade, b: (p.shade * 7) % 256, ...(p.alpha && { alpha: 0.6 }) };
    const image = sharp({ create: { width: p.width, height: p.height, channels: p.alpha ? 4 : 3, background } });
    made.set(key, await (p.alpha ? image.png() : image.jpeg({ quality: 70 })).toBuffer());
  }
  return made.get(key)!;
}

/** Project-relative path → bytes of every input file the model stands for. */
async function inputFiles(m: SiteModel, made: PhotoBytes): Promise<Map<string, string | Buffer>> {
  const files = new Map<string, string | Buffer>([['baotinh.config.yaml', configText(m)]]);
  for (const [p, a] of m.articles) {
    const broken = m.broken?.article === p ? m.broken : undefined;
    files.set(`content/${p}`, broken?.text ?? articleText(p, a, broken?.kind));
  }
  for (const [p, photo] of m.photos) files.set(`content/${p}`, await photoBytes(photo, made));
  if (m.broken?.kind === 'views-file') files.set('data/luot-xem.json', '{"bai-viet/bai-0": 12,');
  else if (m.views.size) files.set('data/luot-xem.json', `${JSON.stringify(Object.fromEntries(m.views), null, 2)}\n`);
  for (const [p, text] of m.templates) files.set(`templates/${p}`, text);
  for (const [p, text] of m.publicFiles) files.set(`public/${p}`, text);
  return files;
}

const INPUT_FOLDERS = ['content', 'templates', 'public', 'data'];

/** Makes root's inputs those of the model: writes only files whose bytes differ, deletes the others. */
export async function syncInputs(root: string, m: SiteModel, made: PhotoBytes): Promise<void> {
  const files = await inputFiles(m, made);
  for (const folder of INPUT_FOLDERS) {
    const dir = path.join(root, folder);
    if (!existsSync(dir)) continue;
    for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      const rel = path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/');
      if (!e.isDirectory() && !files.has(rel) && !(m.strayLink && rel === STRAY_LINK)) rmSync(path.join(root, rel), { force: true });
    }
  }
  const stray = path.join(root, STRAY_LINK);
  mkdirSync(path.dirname(stray), { recursive: true });
  if (m.strayLink && !readdirSync(path.dirname(stray)).includes(path.basename(stray))) symlinkSync('khong-co-tep-nay.md', stray);
  for (const [rel, bytes] of files) {
    const target = path.join(root, rel);
    if (existsSync(target) && readFileSync(target).equals(Buffer.from(bytes))) continue;
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
}

/** Copies a project's inputs (not its output, its version store or its .baotinh/) into an empty folder. */
export function copyInputs(from: string, to: string): void {
  for (const name of [...INPUT_FOLDERS, 'baotinh.config.yaml']) {
    if (existsSync(path.join(from, name))) cpSync(path.join(from, name), path.join(to, name), { recursive: true, verbatimSymlinks: true });
  }
}

/** Events after which a build cannot know what it published: every file may be written again. */
export const FORGETFUL_EVENTS: ReadonlySet<string> = new Set(['state-lost', 'state-damaged', 'state-stale', 'cache-lost', 'output-removed', 'store-removed', 'search-files-lost', 'search-damaged']);

/**
 * Applies a step's event to the project at root. `stash` is a copy of the build state from some steps
 * before (a CI cache restored from an older run).
 */
function searchFolders(root: string): string[] {
  const search = path.join(root, '.baotinh', 'search');
  return existsSync(search) ? readdirSync(search) : [];
}

export function applyEvent(root: string, event: BuildEvent | undefined, stash: string): void {
  const state = path.join(root, '.baotinh', 'state');
  const remove = (...parts: string[]): void => rmSync(path.join(root, ...parts), { recursive: true, force: true });
  switch (event?.kind) {
    case 'touch':
      writeFileSync(path.join(root, event.file!), readFileSync(path.join(root, event.file!)));
      break;
    case 'state-lost':
      return remove('.baotinh', 'state');
    case 'state-damaged':
      for (const f of existsSync(state) ? readdirSync(state) : []) {
        const bytes = readFileSync(path.join(state, f));
        const at = bytes.length >> 1;
        bytes.writeUInt8(bytes.readUInt8(at) ^ 0x5a, at);
        writeFileSync(path.join(state, f), bytes);
      }
      break;
    case 'state-stale':
      if (!existsSync(stash)) break;
      remove('.baotinh', 'state');
      cpSync(stash, state, { recursive: true });
      break;
    case 'cache-lost':
      return remove('.baotinh');
    case 'output-removed':
      return remove('dist');
    case 'store-removed':
      remove('dist');
      return remove('.dist.baotinh');
    case 'search-files-lost':
      // The search index's files, but not the index that names them.
      for (const id of searchFolders(root)) remove('.baotinh', 'search', id, 'files');
      return;
    case 'search-damaged':
      for (const id of searchFolders(root)) {
        const folder = path.join(root, '.baotinh', 'search', id);
        for (const f of readdirSync(folder).filter((n) => n !== 'files')) {
          const bytes = readFileSync(path.join(folder, f));
          if (!bytes.length) continue;
          const at = bytes.length >> 1;
          bytes.writeUInt8(bytes.readUInt8(at) ^ 0x5a, at);
          writeFileSync(path.join(folder, f), bytes);
        }
      }
      return;
  }
}
