// Whether a file really lies inside the project once symbolic links are followed. Lexical checks
// (paths.ts resolveInside) stop `..`; only the real path stops `content/anh -> /home/x/private`.
import { realpath } from 'node:fs/promises';
import path from 'node:path';

/** The project root with links resolved (the root itself may be reached through one). */
export async function realProjectRoot(projectRoot: string): Promise<string> {
  try {
    return await realpath(projectRoot);
  } catch {
    return path.resolve(projectRoot);
  }
}

/** `realFile` (already resolved) is `realRoot` or below it. */
export function isInsideReal(realRoot: string, realFile: string): boolean {
  const rel = path.relative(realRoot, realFile);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Where a path really leads: inside or outside the project, or nowhere (missing, or a loop of links). */
export async function realLocation(realRoot: string, file: string): Promise<{ real: string; inside: boolean } | undefined> {
  try {
    const real = await realpath(file);
    return { real, inside: isInsideReal(realRoot, real) };
  } catch {
    return undefined;
  }
}
