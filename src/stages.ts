// The stages that read, render and write: loaded by build.ts only when there is work to do, so a
// build that finds nothing changed starts without Markdown, Nunjucks, YAML front-matter or sharp.
export { createArticleStage } from './content/article-stage.js';
export { createParallelArticleStage } from './parallel/article-workers.js';
export { planSite } from './plan-site.js';
export { planBodyEdits } from './incremental/body-edits.js';
export { writePlanned } from './write-planned.js';
