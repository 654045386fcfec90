// Paginated article listings for tags, authors and the date archive, and their index pages.
import type { ArticleSummary as Article } from '../content/article.js';
import type { ResolvedConfig } from '../config.js';
import { outputPathFor } from '../paths.js';
import { paginate } from '../site/paginate.js';
import type { Site } from '../site/site.js';
import { TERM_BASE, type Term } from '../site/taxonomies.js';
import { listingOrigin } from './origins.js';
import type { Crumb, OutputOrigin, OutputSpec, RouteGenerator } from './output-spec.js';

function listingSpecs(articles: readonly Article[], firstUrl: string, heading: string, crumbs: Crumb[], config: ResolvedConfig, origin: OutputOrigin, description: string): OutputSpec[] {
  return paginate(articles, config.pageSize, firstUrl).map((page) => ({
    url: page.url,
    output: outputPathFor(page.url),
    template: 'listing.njk',
    origin: page.number > 1 ? listingOrigin(`${origin.label}, trang ${page.number}`, `${origin.labelEn}, page ${page.number}`) : origin,
    lastmod: page.items[0]?.meta.date.epochMs,
    data: {
      heading,
      page,
      breadcrumb: [...crumbs, page.number > 1 ? { label: heading, url: firstUrl } : { label: heading }, ...(page.number > 1 ? [{ label: `${config.strings.pageLabel} ${page.number}` }] : [])],
      title: page.number > 1 ? `${heading} – ${config.strings.pageLabel} ${page.number}` : heading,
      description,
      activeCategory: '',
    },
  }));
}

const home = (config: ResolvedConfig): Crumb => ({ label: config.strings.home, url: '/' });
const newest = (site: Site): number | undefined => site.articles[0]?.meta.date.epochMs;

/** The index of all tags (or authors) with counts, then each one's paginated listing. */
function termPages(site: Site, config: ResolvedConfig, terms: readonly Term[], base: string, heading: string, label: string, kind: { vi: string; en: string }): OutputSpec[] {
  const crumbs: Crumb[] = [home(config), { label: heading, url: base }];
  return [
    {
      url: base,
      output: `${base.slice(1)}index.html`,
      template: 'terms.njk',
      origin: listingOrigin(`trang các ${kind.vi}`, `the index of ${kind.en}s`),
      lastmod: newest(site),
      data: { heading, terms, breadcrumb: [home(config), { label: heading }], title: heading, description: heading, activeCategory: '' },
    },
    ...terms.flatMap((term) => listingSpecs(term.articles, term.url, `${label}: ${term.name}`, crumbs, config, listingOrigin(`${kind.vi} “${term.name}”`, `${kind.en} "${term.name}"`), `${label}: ${term.name}`)),
  ];
}

export const tagPages: RouteGenerator = (site, config) =>
  termPages(site, config, site.tags, TERM_BASE.tag, config.strings.tagsHeading, config.strings.tagLabel, { vi: 'thẻ', en: 'tag' });

export const authorPages: RouteGenerator = (site, config) =>
  termPages(site, config, site.authors, TERM_BASE.author, config.strings.authorsHeading, config.strings.authorLabel, { vi: 'tác giả', en: 'author' });

const pad = (n: number): string => String(n).padStart(2, '0');

export const archivePages: RouteGenerator = (site, config) => {
  const archiveCrumb: Crumb = { label: config.strings.archiveHeading, url: '/luu-tru/' };
  return [
    {
      url: '/luu-tru/',
      output: 'luu-tru/index.html',
      template: 'archive.njk',
      origin: listingOrigin('trang lưu trữ', 'the archive'),
      lastmod: newest(site),
      data: { heading: config.strings.archiveHeading, years: site.archive, breadcrumb: [home(config), { label: config.strings.archiveHeading }], title: config.strings.archiveHeading, description: config.strings.archiveHeading, activeCategory: '' },
    },
    ...site.archive.flatMap((year) => [
      ...listingSpecs(year.articles, year.url, `${config.strings.archiveHeading} ${config.strings.yearLabel} ${year.year}`, [home(config), archiveCrumb], config, listingOrigin(`lưu trữ năm ${year.year}`, `the archive of ${year.year}`), `${config.strings.archiveHeading} ${year.year}`),
      ...year.months.flatMap((month) =>
        listingSpecs(month.articles, month.url, `${config.strings.archiveHeading} ${config.strings.monthLabel} ${pad(month.month)}/${month.year}`, [home(config), archiveCrumb, { label: `${config.strings.yearLabel} ${year.year}`, url: year.url }], config, listingOrigin(`lưu trữ tháng ${pad(month.month)}/${month.year}`, `the archive of ${pad(month.month)}/${month.year}`), `${config.strings.archiveHeading} ${pad(month.month)}/${month.year}`),
      ),
    ]),
  ];
};
