// Runs one fuzz case through the real CLI and writer, and says what a user would have noticed.
// Allowed outcomes: exit 0 with a clean site, or exit 1 with diagnostics that each name their file
// (and line, where the parser knows it) and an output folder left exactly as it was.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeTempDir, removeTempDir } from '../helpers/temp.js';
import type { BuildProcess, ProcessRun } from './build-process.js';
import type { BaseFiles, FuzzCase } from './cases.js';
import { readDiagnostics, type PrintedDiagnostic } from './read-diagnostics.js';
import { generatedTextFiles, hashTree } from './tree.js';

export interface Outcome {
  /** 'ok' (exit 0), 'diagnostics' (exit 1), or 'failure' (anything a user should never see). */
  readonly kind: 'ok' | 'diagnostics' | 'failure';
  /** Error codes printed by a build that failed with exit 1. */
  readonly codes: readonly string[];
  /** Failure classes, e.g. 'exit 70', 'stack trace', '"NaN" in output'; empty when all is well. */
  readonly failures: readonly string[];
  /** Details for the failure message: the first problems and the end of stderr. */
  readonly detail: string;
  readonly ms: number;
  /** The case's folder (site/ and out/), when the caller asked to keep it. */
  readonly folder?: string;
}

export interface CaseOptions {
  readonly timeoutMs: number;
  /** Build the shared files first, so the case builds over a real previous site. */
  readonly overOldBuild: boolean;
  /** Keep the case's folder (the caller removes it). */
  readonly keep?: boolean;
}

/** Error codes whose position the parser knows: they must come with a line. */
const NEEDS_LINE = new Set(['FRONTMATTER_YAML', 'DATE_INVALID', 'FIELD_TYPE', 'CATEGORY_UNKNOWN', 'SLUG_INVALID',
  'IMAGE_PATH_INVALID', 'IMAGE_MISSING', 'LINK_BROKEN', 'ALIAS_INVALID', 'UPDATED_BEFORE_DATE']);
/** More than this many characters of messages buries the one that matters (a terminal, a CI log). */
const MAX_MESSAGES = 1_000_000;
const STACK = /\n\s+at .+:\d+:\d+/;
const INTERNAL = /TypeError|RangeError|ReferenceError|SyntaxError|internal:|Maximum call stack/;
const NEVER_IN_OUTPUT = [/\bNaN\b/, /\bundefined\b/, /\[object Object\]/, /\uFFFD/];

export async function runCase(c: FuzzCase, base: BaseFiles, proc: BuildProcess, opts: CaseOptions): Promise<Outcome> {
  const folder = makeTempDir('fuzz');
  const site = path.join(folder, 'site');
  const out = path.join(folder, 'out');
  const args = ['build', '--root', site, '--out', out, '--quiet', '--jobs', '1', ...c.args];
  for (const [file, bytes] of Object.entries(base.files)) writeTo(site, file, bytes);
  const failures: string[] = [];
  if (opts.overOldBuild) {
    const old = await proc.run(args, opts.timeoutMs * 2);
    if (old.code !== 0) failures.push(`the fixture site itself did not build (exit ${old.code})`);
  }
  for (const [file, bytes] of Object.entries(c.articles)) writeTo(site, file, bytes);
  const contentBefore = hashTree(path.join(site, 'content'));
  const outBefore = hashTree(out);
  const run = await proc.run(args, opts.timeoutMs);
  failures.push(...checkRun(run, c));
  if (run.code === 1) failures.push(...checkFailedBuild(run.stderr, hashTree(out) === outBefore));
  if (run.code === 0) failures.push(...checkOutput(out, c, c.args.includes('/portal/') ? '/portal/' : '/'));
  if (hashTree(path.join(site, 'content')) !== contentBefore) failures.push('content/ changed');
  failures.push(...checkLeftovers(folder, site));
  const unique = [...new Set(failures)];
  const codes = run.code === 1 ? errorsOf(run.stderr).map((d) => d.code) : [];
  if (!opts.keep) removeTempDir(folder);
  return {
    kind: unique.length ? 'failure' : run.code === 0 ? 'ok' : 'diagnostics',
    codes: [...new Set(codes)].sort(),
    failures: unique,
    detail: `exit ${run.code} in ${run.ms} ms\n--- stderr (end) ---\n${run.stderr.slice(-3000)}${run.stray ? `\n--- other output ---\n${run.stray.slice(-1500)}` : ''}`,
    ms: run.ms,
    ...(opts.keep && { folder }),
  };
}

function writeTo(root: string, file: string, bytes: Buffer): void {
  const target = path.join(root, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, bytes);
}

function errorsOf(stderr: string): PrintedDiagnostic[] {
  return readDiagnostics(stderr).filter((d) => d.severity === 'error');
}

/** Exit code, stack traces, internal error names, output outside the CLI's channels. */
function checkRun(run: ProcessRun, c: FuzzCase): string[] {
  const failures: string[] = [];
  if (run.code !== 0 && run.code !== 1) failures.push(typeof run.code === 'number' ? `exit ${run.code}` : run.code);
  const printed = `${run.stdout}\n${run.stderr}\n${run.stray}`;
  if (STACK.test(printed)) failures.push('stack trace');
  const internal = INTERNAL.exec(printed);
  if (internal && !inputContains(c, internal[0])) failures.push(`"${internal[0]}" printed`);
  if (run.stray.trim() && !STACK.test(run.stray)) failures.push('output outside the CLI (console.* in a library?)');
  if (run.stderrLength > MAX_MESSAGES) failures.push(`more than ${MAX_MESSAGES / 1e6} MB of messages`);
  return failures;
}

/** Every error names its file (project-relative) and, where the parser knows it, its line. */
function checkFailedBuild(stderr: string, outputUntouched: boolean): string[] {
  const failures: string[] = [];
  const errors = errorsOf(stderr);
  if (errors.length === 0) failures.push('exit 1 without an error diagnostic');
  for (const d of errors) {
    if (!d.file) failures.push(`${d.code} without a file`);
    else if (path.isAbsolute(d.file) || d.file.includes('\\')) failures.push(`${d.code} with a non-project-relative file`);
    if (d.file && NEEDS_LINE.has(d.code) && d.line === undefined) failures.push(`${d.code} without a line`);
  }
  if (!outputUntouched) failures.push('failed build changed the output folder');
  return failures;
}

/** A published site holds no NaN, undefined, [object Object], or U+FFFD the input did not have, and
 *  its machine formats stay parseable whatever the text holds. */
function checkOutput(out: string, c: FuzzCase, basePath: string): string[] {
  const failures: string[] = [];
  if (!existsSync(path.join(out, 'index.html'))) failures.push('exit 0 without index.html');
  for (const file of generatedTextFiles(out)) {
    const text = readFileSync(path.join(out, file), 'utf8');
    const where = `(${file.replace(/[^/]+\/index\.html$/, '…/index.html')})`;
    for (const pattern of NEVER_IN_OUTPUT) {
      const m = pattern.exec(text);
      if (m && !inputContains(c, m[0])) failures.push(`${JSON.stringify(m[0])} in output ${where}`);
    }
    failures.push(...checkFormat(file, text).map((problem) => `${problem} ${where}`));
    if (file.endsWith('.html')) failures.push(...checkReferences(text, basePath).map((problem) => `${problem} ${where}`));
  }
  return failures;
}

/** Characters XML 1.0 forbids, and those HTML parsers report (controls other than whitespace). */
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const NOT_IN_HTML = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/;

function checkFormat(file: string, text: string): string[] {
  const problems: string[] = [];
  if (file.endsWith('.xml') && NOT_IN_XML.test(text)) problems.push('a character XML forbids');
  if (file.endsWith('.html') && NOT_IN_HTML.test(text)) problems.push('a control character in HTML');
  if (file.endsWith('.json') && !parsesAsJson(text)) problems.push('invalid JSON');
  if (file.endsWith('.html') && captionOutsideFigure(text)) problems.push('a <figcaption> outside any <figure>');
  if (file.endsWith('.html')) {
    for (const m of text.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
      if (!parsesAsJson(m[1]!)) problems.push('invalid JSON-LD');
    }
  }
  return problems;
}

/** Article links become article addresses and photos become /media/ files: no `.md` link and no
 *  photo path as written may reach a page (a reader would follow it to a 404). */
function checkReferences(html: string, basePath: string): string[] {
  const problems: string[] = [];
  const mdLink = /<a [^>]*href="(?![a-zA-Z][a-zA-Z0-9+.-]*:|\/\/)([^"]*\.md)(?:[?#][^"]*)?"/i.exec(html);
  if (mdLink) problems.push(`a link to a .md file left as written: ${JSON.stringify(mdLink[1])}`);
  for (const m of html.matchAll(/<(?:img|source) [^>]*?(?:src|srcset)="([^"]*)"/g)) {
    if (!m[1]!.startsWith(`${basePath}media/`) && !m[1]!.startsWith(`${basePath}assets/`)) {
      problems.push(`a photo not from ${basePath}media/: ${JSON.stringify(m[1]!.slice(0, 60))}`);
    }
  }
  return problems;
}

/** The one content-model rule our figure rule can break and the fast suite can see without Java. */
function captionOutsideFigure(html: string): boolean {
  let depth = 0;
  for (const [, close, name] of html.matchAll(/<(\/?)(figure|figcaption)\b/g)) {
    if (name === 'figure') depth += close ? -1 : 1;
    else if (!close && depth <= 0) return true;
  }
  return false;
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Only site/ and out/ in the case folder; only what baotinh may write (its cache) in the site. */
function checkLeftovers(folder: string, site: string): string[] {
  // `.out.baotinh` beside the output is baotinh's version store (the previous sites, the lock).
  const extraHere = readdirSync(folder).filter((n) => !['site', 'out', '.out.baotinh'].includes(n));
  const extraInSite = readdirSync(site).filter((n) => !['baotinh.config.yaml', 'content', '.baotinh'].includes(n));
  const extra = [...extraHere, ...extraInSite.map((n) => `site/${n}`)];
  return extra.length ? [`left files beside the output: ${extra.join(', ')}`] : [];
}

/** Whether the text has a numeric character reference CommonMark turns into U+FFFD
 *  (NUL, a surrogate, beyond U+10FFFF) or that is U+FFFD itself. */
function hasReplacedReference(text: string): boolean {
  return [...text.matchAll(/&#([xX][0-9a-fA-F]+|[0-9]+);/g)].some(([, n]) => {
    const code = n![0] === 'x' || n![0] === 'X' ? parseInt(n!.slice(1), 16) : parseInt(n!, 10);
    return code === 0 || code === 0xfffd || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff;
  });
}

function inputContains(c: FuzzCase, token: string): boolean {
  const needle = Buffer.from(token, 'utf8');
  return Object.values(c.articles).some(
    (bytes) => bytes.includes(needle) || (token === '\uFFFD' && hasReplacedReference(bytes.toString('latin1'))),
  );
}
