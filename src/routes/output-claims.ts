// Who takes which output path: pages, machine files, photos, public files and aliases. Two claims on
// one path, or one needing a file where another needs a folder, are reported naming both; so is
// an output path over the file-system limits. One pass over the claims, with Maps (no nested scans).
import { outputPathProblem } from '../content/alias-path.js';
import { diagnostic, type Diagnostic } from '../errors.js';
import type { OutputOrigin } from './output-spec.js';

export interface Claim {
  /** Output path as shown in messages: "chuyen-muc/x/index.html" (a query alias: "/index.php?id=1"). */
  readonly output: string;
  /** What is compared: the output path lower-cased (nginx map keys and some file systems ignore case). */
  readonly key: string;
  /** Whether a file is written at `output` (a server rule alone writes nothing). */
  readonly writes: boolean;
  readonly origin: OutputOrigin;
  /** The alias as written, for an alias's claim. */
  readonly alias?: string;
}

const placeOf = (origin: OutputOrigin) => ({
  ...(origin.file !== undefined && { file: origin.file }),
  ...(origin.line !== undefined && { line: origin.line }),
  ...(origin.column !== undefined && { column: origin.column }),
});

/** Every collision, reported once on the later claim (the one to change), naming the earlier one. */
export function findCollisions(claims: Iterable<Claim>): Diagnostic[] {
  const byKey = new Map<string, Claim>();
  const folders = new Map<string, Claim>();
  const diagnostics: Diagnostic[] = [];
  for (const claim of claims) {
    const first = byKey.get(claim.key);
    if (first) {
      diagnostics.push(collision(first, claim, claim.output));
      continue;
    }
    byKey.set(claim.key, claim);
    if (!claim.writes) continue;
    // A file where another output needs a folder of the same name, or the other way round.
    const needsFolder = folders.get(claim.key);
    const ancestors = claim.key.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'));
    const blocking = ancestors.map((folder) => byKey.get(folder)).find((c) => c?.writes);
    if (needsFolder) diagnostics.push(collision(needsFolder, claim, claim.output, true));
    else if (blocking) diagnostics.push(collision(blocking, claim, blocking.output, true));
    for (const folder of ancestors) if (!folders.has(folder)) folders.set(folder, claim);
  }
  return diagnostics;
}

function collision(first: Claim, second: Claim, output: string, fileAndFolder = false): Diagnostic {
  const detail: Record<string, string> = fileAndFolder ? { detail: `một bên cần “${output}” là tệp, bên kia cần nó là thư mục`, detailEn: `one needs "${output}" to be a file, the other a folder` } : {};
  const alias = second.alias !== undefined ? second : first.alias !== undefined ? first : undefined;
  if (alias) {
    const other = alias === second ? first : second;
    if (other.origin.kind === 'article' && other.origin.file === alias.origin.file) {
      return diagnostic('ALIAS_INVALID', { alias: alias.alias!, reason: 'là địa chỉ của chính bài này', reasonEn: 'it is the address of the article itself' }, placeOf(alias.origin));
    }
    return diagnostic('ALIAS_CONFLICT', {
      alias: alias.alias!,
      other: other.origin.label,
      otherEn: other.origin.labelEn,
      output,
      ...(other.origin.line !== undefined && { otherLine: other.origin.line }),
      ...detail,
    }, placeOf(alias.origin));
  }
  const blamed = [second, first].find((c) => c.origin.kind === 'public') ?? [second, first].find((c) => c.origin.file !== undefined);
  return diagnostic('OUTPUT_CONFLICT', {
    path: output,
    first: first.origin.label,
    firstEn: first.origin.labelEn,
    second: second.origin.label,
    secondEn: second.origin.labelEn,
    ...((first.origin.kind === 'public' || second.origin.kind === 'public') && { publicFile: 1 }),
    ...detail,
  }, blamed ? placeOf(blamed.origin) : {});
}

/** OUTPUT_PATH_TOO_LONG for every written path over the file-system limits, naming what produced it. */
export function findLongPaths(claims: Iterable<Claim>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const claim of claims) {
    const problem = claim.writes ? outputPathProblem(claim.output) : undefined;
    if (!problem) continue;
    const shown = claim.output.length > 120 ? `${[...claim.output].slice(0, 100).join('')}…` : claim.output;
    diagnostics.push(diagnostic('OUTPUT_PATH_TOO_LONG', { path: shown, origin: claim.origin.label, originEn: claim.origin.labelEn, reason: problem.vi, reasonEn: problem.en }, placeOf(claim.origin)));
  }
  return diagnostics;
}
