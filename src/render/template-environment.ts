// The Nunjucks environment: autoescape on, undefined output is an error (no "No title..." pages),
// a site's templates/ shadows the built-in ones by name. Filters do presentation; routes only choose data.
import nunjucks from 'nunjucks';
import type { ResolvedConfig } from '../config.js';
import type { ArticleSummary, ImageUse } from '../content/article.js';
import type { Crumb } from '../routes/output-spec.js';
import { breadcrumbJsonLd, newsArticleJsonLd, websiteJsonLd } from './structured-data.js';
import { compileTemplate, precompiledTemplate, TEMPLATE_OPTIONS } from './theme-precompiled.js';
import type { ProcessedImage } from '../images/process-images.js';
import { absoluteUrl, urlFor } from '../paths.js';
import { jsonForScript } from '../machine/xml.js';
import { DIRECTORY_FILE, INDEX_FOLDER } from '../search/search-stage.js';
import { pictureHtml, THUMB_SIZES } from './picture.js';
import { slugify } from '../vi/slug.js';
import { formatDateVi, formatIsoWithOffset, formatShortDateVi, type ParsedDate } from '../vi/dates.js';

export interface TemplateSetup {
  readonly config: ResolvedConfig;
  /** Folders searched in order: the site's own templates, then the built-in theme. */
  readonly templateDirs: readonly string[];
  /** Public file path ("assets/site.css") → short content hash, for cache-busting URLs. */
  readonly assetHashes: ReadonlyMap<string, string>;
  /** Source photo (absolute path) → its published variants. */
  readonly images: ReadonlyMap<string, ProcessedImage>;
}

/** "2238" → "2.238": Vietnamese groups thousands with a dot. Hand-written so ICU versions cannot change it. */
import { formatNumberVi } from '../vi/numbers.js';

export { formatNumberVi };


export function createTemplateEnvironment(setup: TemplateSetup): nunjucks.Environment {
  const { config } = setup;
  const loader = new CompiledTemplateLoader([...setup.templateDirs], { noCache: false, watch: false });
  const env = new nunjucks.Environment(loader, { ...TEMPLATE_OPTIONS });
  const url = (sitePath: string): string => urlFor(config, sitePath);
  env.addFilter('url', url);
  env.addFilter('absolute_url', (sitePath: string) => absoluteUrl(config, sitePath));
  env.addFilter('date_vi', (d: ParsedDate) => formatDateVi(d, config.timeZone));
  env.addFilter('date_short', (d: ParsedDate) => formatShortDateVi(d, config.timeZone));
  env.addFilter('date_iso', (d: ParsedDate) => formatIsoWithOffset(d.epochMs, config.timeZone));
  env.addFilter('number_vi', formatNumberVi);
  const slugs = new Map<string, string>();
  env.addFilter('slug', (name: string) => {
    let slug = slugs.get(name);
    if (slug === undefined) slugs.set(name, (slug = slugify(name)));
    return slug;
  });
  // {{ cover_picture(article.cover) }}: the 16:9 listing thumbnail; {{ social_image(article.cover) }}: the
  // 1200×630 link-preview image's site path. Both are empty for an article without a cover.
  const processedOf = (use: ImageUse | undefined): ProcessedImage | undefined => (use ? setup.images.get(use.image.source) : undefined);
  env.addGlobal('cover_picture', (use: ImageUse | undefined) => {
    const thumb = processedOf(use)?.thumb;
    return new nunjucks.runtime.SafeString(thumb ? pictureHtml(thumb, { alt: '', sizes: THUMB_SIZES, className: 'teaser__image' }, url) : '');
  });
  env.addGlobal('social_image', (use: ImageUse | undefined) => processedOf(use)?.social?.sitePath ?? '');
  const logoUrl = (): string => absoluteUrl(config, `/assets/logo.png?v=${setup.assetHashes.get('assets/logo.png') ?? ''}`);
  const safe = (html: string) => new nunjucks.runtime.SafeString(html);
  env.addGlobal('article_json_ld', (article: ArticleSummary) => safe(newsArticleJsonLd(article, config, setup.images, logoUrl())));
  env.addGlobal('breadcrumb_json_ld', (crumbs: readonly Crumb[], pageUrl: string) => safe(breadcrumbJsonLd(crumbs, pageUrl, config)));
  env.addGlobal('website_json_ld', () => safe(websiteJsonLd(config, logoUrl())));
  // fragment("partials/sidebar.njk", activeCategory): a partial rendered once per key and reused on
  // every page with that key. Only for parts that depend on nothing but `site` and the key (sidebar,
  // footer): identical on thousands of pages, they are a large share of the template work.
  const fragments = new Map<string, nunjucks.runtime.SafeString>();
  env.addGlobal('fragment', function (this: { ctx: object }, name: string, ...keys: unknown[]) {
    const key = JSON.stringify([name, ...keys]);
    let html = fragments.get(key);
    if (html === undefined) {
      html = new nunjucks.runtime.SafeString(env.render(name, this.ctx));
      fragments.set(key, html);
    }
    return html;
  });
  // The live parts' settings for assets/baotinh.js, escaped for a <script> element; nothing when unset.
  const live = config.live;
  const search = searchClientConfig(config, (file) => `${url(file)}?v=${setup.assetHashes.get(file) ?? ''}`, searchModules(setup.assetHashes, url));
  const liveJson = live.counter || live.stats || live.feedback
    ? `<script type="application/json" id="baotinh-live">${jsonForScript({
        ...(live.counter && { counter: live.counter }),
        ...(live.stats && { stats: live.stats }),
        ...(search && { search }),
        strings: { copied: config.strings.copied, copiedForZalo: config.strings.copiedForZalo, thanks: config.strings.feedbackThanks, failed: config.strings.feedbackFailed, sending: config.strings.feedbackSending,
          fieldErrors: { ho_ten: config.strings.feedbackNameMissing, email: config.strings.feedbackEmailInvalid, tieu_de: config.strings.feedbackSubjectMissing, noi_dung: config.strings.feedbackMessageMissing } },
      })}</script>`
    : `<script type="application/json" id="baotinh-live">${jsonForScript({ ...(search && { search }), strings: { copied: config.strings.copied, copiedForZalo: config.strings.copiedForZalo } })}</script>`;
  env.addGlobal('live_config', () => new nunjucks.runtime.SafeString(liveJson));
  env.addGlobal('live', live);
  env.addGlobal('preview', config.preview);
  // search_preloads() on the search page: its modules and the index's directory, asked for with the
  // page rather than one after another as each module's imports are read (three round trips fewer).
  env.addGlobal('search_preloads', () => (search ? { modules: search.modules, directory: `${search.index as string}${DIRECTORY_FILE}` } : { modules: [], directory: '' }));
  env.addGlobal('asset', (file: string) => {
    const hash = setup.assetHashes.get(file.replace(/^\/+/, ''));
    if (hash === undefined) throw new Error(`asset("${file}"): no such file in public/`);
    return `${url(file)}?v=${hash}`;
  });
  return env;
}

/** Compiled templates by file and text, kept for the life of the thread: `baotinh dev` makes an
 *  environment per build, and compiling the theme again each time cost a third of a one-page rebuild.
 *  What a template compiles to depends only on its text and the environment's options, which are
 *  the same for every environment made here. */
const compiledTemplates = new Map<string, object>();

class CompiledTemplateLoader extends nunjucks.FileSystemLoader {
  override getSource(name: string): nunjucks.LoaderSource {
    const source = super.getSource(name);
    if (!source || typeof source.src !== 'string') return source;
    const key = `${source.path}\0${source.src}`;
    let compiled = compiledTemplates.get(key);
    if (!compiled) {
      try {
        // The built-in theme's templates come compiled with the package (theme-precompiled.ts).
        compiled = precompiledTemplate(source.path, source.src) ?? (new Function(compileTemplate(source.src, source.path))() as object); // eslint-disable-line no-new-func -- what nunjucks itself does
      } catch {
        return source; // nunjucks compiles it again and reports the error as it always does
      }
      compiledTemplates.set(key, compiled);
    }
    return { ...source, src: { type: 'code', obj: compiled } as unknown as string };
  }
}

/** What the search script needs: where the index and the search page are, the script itself (loaded
 *  when the header's box is focused), and its words. */
function searchClientConfig(config: ResolvedConfig, asset: (file: string) => string, modules: readonly string[]): Record<string, unknown> | undefined {
  if (!config.search.enabled) return undefined;
  const s = config.strings;
  return {
    index: urlFor(config, `${config.search.path}${INDEX_FOLDER}`),
    page: urlFor(config, config.search.path),
    // Results' addresses are site paths: the base path goes before them.
    base: urlFor(config, '/'),
    script: asset('assets/search/search-page.js'),
    // The modules it imports, as their imports name them (no ?v=): asked for at once when it loads.
    modules,
    strings: {
      found: s.searchFound, none: s.searchNone, prompt: s.searchPrompt, loading: s.searchLoading, failed: s.searchFailed, seeAll: s.searchSeeAll,
      ignored: s.searchIgnored, pageOf: s.searchPageOf, previous: s.previousPage, next: s.nextPage, page: s.pageLabel, current: s.currentPage,
    },
  };
}

/** The search script's modules (every script under assets/search/ but itself), by address. */
function searchModules(assetHashes: ReadonlyMap<string, string>, url: (file: string) => string): string[] {
  return [...assetHashes.keys()].filter((f) => /^assets\/search\/[^/]+\.js$/.test(f) && f !== 'assets/search/search-page.js').sort().map((f) => url(f));
}
