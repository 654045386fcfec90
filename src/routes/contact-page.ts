import { pageOrigin } from './origins.js';
import type { RouteGenerator } from './output-spec.js';

/** /lien-he/: the contact block and the feedback form, when a feedback service is configured. */
export const contactPage: RouteGenerator = (_site, config) =>
  config.live.feedback
    ? [{
        url: '/lien-he/',
        output: 'lien-he/index.html',
        template: 'contact.njk',
        origin: pageOrigin('trang liên hệ', 'the contact page'),
        data: { title: config.strings.contactPage, description: config.strings.contactPage, activeCategory: '', breadcrumb: [{ label: config.strings.home, url: '/' }, { label: config.strings.contactPage }] },
      }]
    : [];
