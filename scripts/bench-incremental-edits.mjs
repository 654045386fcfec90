// The scenarios of scripts/bench-incremental.mjs and the edits they make, the same edit in the
// baotinh site and in its Hugo copy. Every file an edit touches is first recorded in a journal
// (its old text, or that it did not exist), so restore() puts both sites back as they were.
// Edits accumulate within a run (body, then title, then template), as an editor's would.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const APPENDED_SENTENCE = 'Bài viết được bổ sung thêm một câu để đo bản dựng tăng dần.';
export const TITLE_SUFFIX = ' (cập nhật)';

/**
 * The article the body and title edits change: a recent one (7th to 20th newest; "Tin số N" is dated
 * in the order of N), so it is in the feeds and on the first page of its listings, but not in a
 * sidebar shown on every page (the 6 newest, "Tin mới"; the most read, "Tin đọc nhiều"): editing
 * one of those changes every page by design. Of those, the one with the fewest views.
 */
export function editedArticle(root, size) {
  const dir = join(root, 'content', 'bai-viet');
  const byNumber = new Map(readdirSync(dir).map((n) => [Number(/^tin-so-(\d+)-.*\.md$/.exec(n)?.[1]), n]));
  const views = (name) => Number(/^views: (\d+)$/m.exec(readFileSync(join(dir, name), 'utf8'))?.[1] ?? 0);
  const candidates = [];
  for (let n = size - 6; n >= Math.max(1, size - 19); n--) if (byNumber.has(n)) candidates.push(byNumber.get(n));
  if (candidates.length === 0) return [...byNumber.values()].sort()[0];
  return candidates.reduce((best, name) => (views(name) < views(best) ? name : best));
}

export function makeJournal() {
  return { files: new Map(), dirs: [] };
}

/** Rewrites a file through `transform`, remembering its text the first time. */
function editFile(journal, path, transform) {
  const before = readFileSync(path, 'utf8');
  if (!journal.files.has(path)) journal.files.set(path, before);
  const after = transform(before);
  if (after === before) throw new Error(`bench-incremental: the edit changed nothing in ${path}`);
  writeFileSync(path, after);
}

/** Writes a file that may be new (then restore() deletes it and any folder made for it). */
function writeNew(journal, path, text) {
  if (!journal.files.has(path)) journal.files.set(path, existsSync(path) ? readFileSync(path, 'utf8') : null);
  if (!existsSync(dirname(path))) {
    journal.dirs.push(dirname(path));
    mkdirSync(dirname(path), { recursive: true });
  }
  writeFileSync(path, text);
}

/** Puts back every recorded file; synchronous so that it can run from a signal handler. */
export function restore(journal) {
  for (const [path, text] of journal.files) {
    if (text === null) rmSync(path, { force: true });
    else writeFileSync(path, text);
  }
  for (const dir of journal.dirs.reverse()) {
    if (existsSync(dir) && readdirSync(dir).length === 0) rmdirSync(dir);
  }
  journal.files.clear();
  journal.dirs.length = 0;
}

/** A new last paragraph (after a blank line, so that it never joins a list or a table). */
export const appendSentence = (text) => `${text.replace(/\n*$/, '\n')}\n${APPENDED_SENTENCE}\n`;

/** The `title: "…"` line (both sites write it as a JSON string) gets a suffix. */
export function editTitle(text) {
  return text.replace(/^title: (".*")$/m, (_, quoted) => `title: ${JSON.stringify(JSON.parse(quoted) + TITLE_SUFFIX)}`);
}

/** An HTML comment before </body>: every page that uses the layout changes. */
export function markTemplate(text, run) {
  const comment = `<!-- bench-incremental: template edited (run ${run}) -->`;
  return text.includes('</body>') ? text.replace('</body>', `${comment}\n</body>`) : `${text}\n${comment}\n`;
}

const articleFiles = (ctx) => [join(ctx.root, 'content', 'bai-viet', ctx.article), join(ctx.hugoRoot, 'content', 'bai-viet', ctx.article)];

/**
 * The scenarios in order. `check(changes)` says what is wrong with baotinh's summary counts
 * (null when they are sane); `pages` is the number of HTML files of the cold build.
 */
export const SCENARIOS = [
  {
    id: 'cold', label: 'cold (--clean, no state)', clean: true,
    apply() {},
    check: (c) => (c.rebuilt > 0 && c.kept === 0 && c.removed === 0 ? null : 'a cold build should rebuild every page and keep none'),
  },
  {
    id: 'nochange', label: 'nothing changed',
    apply() {},
    check: (c) => (c.rebuilt === 0 && c.removed === 0 ? null : 'nothing changed, yet pages were rebuilt or removed'),
  },
  {
    id: 'body', label: 'one article body edited',
    apply(ctx) {
      for (const file of articleFiles(ctx)) editFile(ctx.journal, file, appendSentence);
    },
    check: (c) => (c.rebuilt >= 1 && c.kept > 0 && c.removed === 0 ? null : 'a body edit should rebuild its page (and few others), remove none'),
  },
  {
    id: 'title', label: 'one title edited',
    apply(ctx) {
      for (const file of articleFiles(ctx)) editFile(ctx.journal, file, editTitle);
    },
    // The address comes from the title (unless the slug is capped before the change): at most one page goes.
    check: (c) => (c.rebuilt >= 1 && c.kept > 0 && c.removed <= 1 ? null : 'a title edit should rebuild its page and the listings showing it, remove at most one'),
  },
  {
    id: 'template', label: 'base template edited',
    apply(ctx) {
      const base = readFileSync(join(ctx.repo, 'templates', 'base.njk'), 'utf8');
      writeNew(ctx.journal, join(ctx.root, 'templates', 'base.njk'), markTemplate(base, ctx.run));
      editFile(ctx.journal, join(ctx.hugoRoot, 'layouts', '_default', 'baseof.html'), (t) => markTemplate(t, ctx.run));
    },
    check: (c, pages) => (c.rebuilt >= pages && c.removed === 0 ? null : `every page uses base.njk: expected at least ${pages} rebuilt (the HTML files of the cold build)`),
  },
];
