// Every output kind, in order. Adding a kind is adding a generator here.
import { diagnostic, type Diagnostic } from '../errors.js';
import type { ResolvedConfig } from '../config.js';
import type { Site } from '../site/site.js';
import { articlePages } from './article-pages.js';
import { categoryPages } from './category-pages.js';
import { homePage } from './home-page.js';
import { notFoundPage } from './not-found-page.js';
import type { OutputSpec, RouteGenerator } from './output-spec.js';

export const routeGenerators: readonly RouteGenerator[] = [homePage, categoryPages, articlePages, notFoundPage];

/** All output specs, or a diagnostic per output file that two specs would write. */
export function planOutputs(site: Site, config: ResolvedConfig): { specs: OutputSpec[]; diagnostics: Diagnostic[] } {
  const specs = routeGenerators.flatMap((generate) => generate(site, config));
  const byOutput = new Map<string, OutputSpec>();
  const diagnostics: Diagnostic[] = [];
  for (const spec of specs) {
    const first = byOutput.get(spec.output);
    if (first) diagnostics.push(diagnostic('OUTPUT_CONFLICT', { path: spec.output, first: first.origin, second: spec.origin }, { file: spec.origin.includes('/') ? spec.origin : undefined }));
    else byOutput.set(spec.output, spec);
  }
  return { specs, diagnostics };
}
