// Paginated article listings for tags, authors and the date archive, and their index pages.
import type { ArticleSummary as Article } from '../content/article.js';
import type { ResolvedConfig } from '../config.js';
import { outputPathFor } from '../paths.js';
import { paginate } from '../site/paginate.js';
import type { Site } from '../site/site.js';
import type { Crumb, OutputSpec, RouteGenerator } from './output-spec.js';

function listingSpecs(articles: readonly Article[], firstUrl: string, heading: string, crumbs: Crumb[], config: ResolvedConfig, origin: string, description: string): OutputSpec[] {
  return paginate(articles, config.pageSize, firstUrl).map((page) => ({
    url: page.url,
    output: outputPathFor(page.url),
    template: 'listing.njk',
    origin,
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

export const tagPages: RouteGenerator = (site, config) => [
  {
    url: '/the/',
    output: 'the/index.html',
    template: 'terms.njk',
    origin: 'thẻ',
    lastmod: newest(site),
    data: { heading: config.strings.tagsHeading, terms: site.tags, breadcrumb: [home(config), { label: config.strings.tagsHeading }], title: config.strings.tagsHeading, description: config.strings.tagsHeading, activeCategory: '' },
  },
  ...site.tags.flatMap((tag) =>
    listingSpecs(tag.articles, tag.url, `${config.strings.tagLabel}: ${tag.name}`, [home(config), { label: config.strings.tagsHeading, url: '/the/' }], config, `thẻ ${tag.name}`, `${config.strings.tagLabel}: ${tag.name}`),
  ),
];

export const authorPages: RouteGenerator = (site, config) => [
  {
    url: '/tac-gia/',
    output: 'tac-gia/index.html',
    template: 'terms.njk',
    origin: 'tác giả',
    lastmod: newest(site),
    data: { heading: config.strings.authorsHeading, terms: site.authors, breadcrumb: [home(config), { label: config.strings.authorsHeading }], title: config.strings.authorsHeading, description: config.strings.authorsHeading, activeCategory: '' },
  },
  ...site.authors.flatMap((author) =>
    listingSpecs(author.articles, author.url, `${config.strings.authorLabel}: ${author.name}`, [home(config), { label: config.strings.authorsHeading, url: '/tac-gia/' }], config, `tác giả ${author.name}`, `${config.strings.authorLabel}: ${author.name}`),
  ),
];

const pad = (n: number): string => String(n).padStart(2, '0');

export const archivePages: RouteGenerator = (site, config) => {
  const archiveCrumb: Crumb = { label: config.strings.archiveHeading, url: '/luu-tru/' };
  return [
    {
      url: '/luu-tru/',
      output: 'luu-tru/index.html',
      template: 'archive.njk',
      origin: 'lưu trữ',
      lastmod: newest(site),
      data: { heading: config.strings.archiveHeading, years: site.archive, breadcrumb: [home(config), { label: config.strings.archiveHeading }], title: config.strings.archiveHeading, description: config.strings.archiveHeading, activeCategory: '' },
    },
    ...site.archive.flatMap((year) => [
      ...listingSpecs(year.articles, year.url, `${config.strings.archiveHeading} ${config.strings.yearLabel} ${year.year}`, [home(config), archiveCrumb], config, `lưu trữ ${year.year}`, `${config.strings.archiveHeading} ${year.year}`),
      ...year.months.flatMap((month) =>
        listingSpecs(month.articles, month.url, `${config.strings.archiveHeading} ${config.strings.monthLabel} ${pad(month.month)}/${month.year}`, [home(config), archiveCrumb, { label: `${config.strings.yearLabel} ${year.year}`, url: year.url }], config, `lưu trữ ${pad(month.month)}/${month.year}`, `${config.strings.archiveHeading} ${pad(month.month)}/${month.year}`),
      ),
    ]),
  ];
};
