// A build that will not touch its output folder: the folder is unsafe, not baotinh's, or another
// build holds it. Carries the diagnostic to print and the exit code; cli.ts's error boundary prints
// any thrown error that has both (see reportFailure), so this is never a stack trace.
import type { Diagnostic } from '../errors.js';

/** Exit codes of refusals: 1 when the setting came from baotinh.config.yaml, 2 from the command
 *  line (--out), 75 (EX_TEMPFAIL) when another build is running: try again later. */
export const REFUSAL_EXIT = { config: 1, option: 2, busy: 75 } as const;

export class OutputRefused extends Error {
  override name = 'OutputRefused';
  constructor(
    readonly diagnostic: Diagnostic,
    readonly exitCode: number,
  ) {
    super(`${diagnostic.code} ${JSON.stringify(diagnostic.params)}`);
  }
}

/** Where the output folder was named: decides the exit code of a refusal and the file it names. */
export type OutputSource = 'option' | 'config';
