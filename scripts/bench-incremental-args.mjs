// Command-line arguments of scripts/bench-incremental.mjs. A wrong argument is exit 2.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseBenchArgs } from './bench-args.mjs';

const USAGE = 'usage: node scripts/bench-incremental.mjs [--sizes 1000,10000,50000] [--runs 3] [--seed 1] [--timeout 1800] [--hugo /usr/bin/hugo | --no-hugo]\n'
  + '  (default sizes: 1000,10000; 50000 only when asked for)\n';

export function parseArgs(argv) {
  const { args, fail } = parseBenchArgs(argv, {
    script: 'bench-incremental',
    usage: USAGE,
    defaults: { sizes: [1000, 10000], runs: 3, seed: 1, timeoutSeconds: 1800, hugo: existsSync('/usr/bin/hugo') ? '/usr/bin/hugo' : 'hugo' },
    flags: {
      '--hugo': (a, value) => (a.hugo = value()),
      '--no-hugo': (a) => (a.hugo = null),
    },
  });
  if (args.hugo) {
    const version = spawnSync(args.hugo, ['version'], { encoding: 'utf8' });
    if (version.status !== 0) fail(`cannot run Hugo (${args.hugo}): ${version.error?.message ?? version.stderr.trim()}; pass --hugo PATH or --no-hugo`);
    args.hugoVersion = version.stdout.trim();
  }
  return args;
}
