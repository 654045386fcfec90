// Command-line arguments of scripts/bench-incremental.mjs. A wrong argument is exit 2.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const USAGE = 'usage: node scripts/bench-incremental.mjs [--sizes 1000,10000,50000] [--runs 3] [--seed 1] [--timeout 1800] [--hugo /usr/bin/hugo | --no-hugo]\n'
  + '  (default sizes: 1000,10000; 50000 only when asked for)\n';

function usage(message) {
  process.stderr.write(`bench-incremental: ${message}\n${USAGE}`);
  process.exit(2);
}

function positiveInt(text, flag) {
  if (!/^\d+$/.test(text) || Number(text) < 1) usage(`${flag} expects a positive integer, got "${text}"`);
  return Number(text);
}

export function parseArgs(argv) {
  const args = { sizes: [1000, 10000], runs: 3, seed: 1, timeoutSeconds: 1800, hugo: existsSync('/usr/bin/hugo') ? '/usr/bin/hugo' : 'hugo' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) usage(`missing value for ${flag}`);
      return v;
    };
    switch (flag) {
      case '--sizes':
        args.sizes = value().split(',').map((s) => s.trim()).filter(Boolean).map((s) => positiveInt(s, flag));
        if (args.sizes.length === 0) usage('--sizes needs at least one size');
        break;
      case '--runs': args.runs = positiveInt(value(), flag); break;
      case '--seed': args.seed = positiveInt(value(), flag); break;
      case '--timeout': args.timeoutSeconds = positiveInt(value(), flag); break;
      case '--hugo': args.hugo = value(); break;
      case '--no-hugo': args.hugo = null; break;
      case '-h':
      case '--help':
        process.stdout.write(USAGE);
        process.exit(0);
        break;
      default: usage(`unknown argument: ${arg}`);
    }
  }
  if (args.hugo) {
    const version = spawnSync(args.hugo, ['version'], { encoding: 'utf8' });
    if (version.status !== 0) usage(`cannot run Hugo (${args.hugo}): ${version.error?.message ?? version.stderr.trim()}; pass --hugo PATH or --no-hugo`);
    args.hugoVersion = version.stdout.trim();
  }
  return args;
}
