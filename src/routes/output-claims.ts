// Who takes which output path: pages, machine files, photos, public files and aliases. Two claims on
// one path, or one needing a file where another needs a folder, are reported naming both; so is
// an output path over the file-system limits. One pass over the claims, with Maps (no nested scans).
import { outputPathProblem } from '../content/alias-path.js';
import { diagnostic, type Diagnostic } from '../errors.js';
import type { OutputOrigin } from './output-spec.js';

export interface Claim {
  /** Output path as shown in messages: "chuyen-muc/x/index.html" (a query alias: "/index.php?id=1"). */
  readonly output: string;
  /** Whether a file is written at `output` (a server rule alone writes nothing). */
  readonly writes: boolean;
  readonly origin: OutputOrigin;
  /**
   * The alias as written, for an alias's claim. Aliases are compared ignoring case, as nginx
   * compares map keys (a rule for /The/ would answer /the/); files are compared exactly.
   */
  readonly alias?: string;
}

const placeOf = (origin: OutputOrigin) => ({
  ...(origin.file !== undefined && { file: origin.file }),
  ...(origin.line !== undefined && { line: origin.line }),
  ...(origin.column !== undefined && { column: origin.column }),
});

/** Claims by path, looked up exactly or ignoring case. The table ignoring case is made on the first
 *  look that needs it (aliases come last, and most sites have none): lower-casing every path of a
 *  large site was a third of this pass. */
function claimTable() {
  const exact = new Map<string, Claim>();
  let caseless: Map<string, Claim> | undefined;
  const addCaseless = (table: Map<string, Claim>, path: string, claim: Claim): void => {
    const lower = path.toLowerCase();
    if (!table.has(lower)) table.set(lower, claim);
  };
  const caselessTable = (): Map<string, Claim> => {
    if (!caseless) {
      caseless = new Map();
      for (const [path, claim] of exact) addCaseless(caseless, path, claim);
    }
    return caseless;
  };
  return {
    get: (path: string, ignoreCase: boolean): Claim | undefined => (ignoreCase ? caselessTable().get(path.toLowerCase()) : exact.get(path)),
    add(path: string, claim: Claim): void {
      if (!exact.has(path)) exact.set(path, claim);
      if (caseless) addCaseless(caseless, path, claim);
    },
  };
}

/** "a/b/c.html" → ["a", "a/b"]. */
const foldersOf = (output: string): string[] => {
  const folders: string[] = [];
  for (let at = output.indexOf('/'); at >= 0; at = output.indexOf('/', at + 1)) folders.push(output.slice(0, at));
  return folders;
};

/** Every collision, reported once on the later claim (the one to change), naming the earlier one. */
export function findCollisions(claims: Iterable<Claim>): Diagnostic[] {
  const files = claimTable();
  const folders = claimTable();
  const diagnostics: Diagnostic[] = [];
  for (const claim of claims) {
    const ignoreCase = claim.alias !== undefined;
    const first = files.get(claim.output, ignoreCase);
    if (first) {
      diagnostics.push(collision(first, claim, claim.output));
      continue;
    }
    files.add(claim.output, claim);
    if (!claim.writes) continue;
    // A file where another output needs a folder of the same name, or the other way round.
    const ancestors = foldersOf(claim.output);
    const needsFolder = folders.get(claim.output, ignoreCase);
    const blocking = ancestors.map((folder) => files.get(folder, ignoreCase)).find((c) => c?.writes);
    if (needsFolder) diagnostics.push(collision(needsFolder, claim, claim.output, true));
    else if (blocking) diagnostics.push(collision(blocking, claim, blocking.output, true));
    for (const folder of ancestors) folders.add(folder, claim);
  }
  return diagnostics;
}

function collision(first: Claim, second: Claim, output: string, fileAndFolder = false): Diagnostic {
  const detail: Record<string, string> = fileAndFolder
    ? { detail: `một bên cần “${output}” là tệp, bên kia cần nó là thư mục`, detailEn: `one needs "${output}" to be a file, the other a folder` }
    : {};
  const alias = second.alias !== undefined ? second : first.alias !== undefined ? first : undefined;
  if (alias) {
    const other = alias === second ? first : second;
    if (other.origin.kind === 'article' && other.origin.file === alias.origin.file) {
      const own = { alias: alias.alias!, reason: 'là địa chỉ của chính bài này', reasonEn: 'it is the address of the article itself' };
      return diagnostic('ALIAS_INVALID', own, placeOf(alias.origin));
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
    const params = { path: shown, origin: claim.origin.label, originEn: claim.origin.labelEn, reason: problem.vi, reasonEn: problem.en };
    diagnostics.push(diagnostic('OUTPUT_PATH_TOO_LONG', params, placeOf(claim.origin)));
  }
  return diagnostics;
}
