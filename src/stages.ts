// The stages that read, render and write: loaded by build.ts only when there is work to do, so a
// build that finds nothing changed starts without Markdown, Nunjucks, YAML front-matter or sharp.
export { createArticleStage } from './content/article-stage.js';
export { createParallelArticleStage } from './parallel/article-workers.js';
export { collectImageJobs, processImages } from './images/process-images.js';
export { buildSite } from './site/site.js';
export { planOutputs } from './routes/index.js';
export { articlePage } from './routes/article-pages.js';
export { TemplateFailure, TemplateFailures } from './render/render-page.js';
