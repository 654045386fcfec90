// The stages that read, render and write: loaded by build.ts only when there is work to do, so a
// build that finds nothing changed starts without Markdown, Nunjucks, YAML front-matter or sharp.
export { createArticleStage } from './content/article-stage.js';
export { createParallelArticleStage } from './parallel/article-workers.js';
export { planBodyEdits } from './incremental/body-edits.js';
export { writePlanned } from './write-planned.js';
import type { BuildRun } from './build-run.js';
import type { SitePlanning } from './plan-site.js';

/** Planning from every article (routes, feeds, sitemaps, photos…) is loaded only when a shortcut did not do. */
export async function planSite(run: BuildRun): Promise<SitePlanning> {
  return (await import('./plan-site.js')).planSite(run);
}
