// The flags every benchmark takes: --sizes 1000,10000, --runs N, --seed N, --timeout SECONDS and
// -h/--help, as `--flag value` or `--flag=value`; each script adds its own (`flags`). A wrong
// argument prints the usage and exits 2.

/**
 * @param {string[]} argv
 * @param {{ script: string, usage: string, defaults: object, flags?: Record<string, (args: object, value: () => string) => void> }} spec
 */
export function parseBenchArgs(argv, { script, usage, defaults, flags = {} }) {
  const fail = (message) => {
    process.stderr.write(`${script}: ${message}\n${usage}`);
    process.exit(2);
  };
  const positiveInt = (text, flag) => {
    if (!/^\d+$/.test(text) || Number(text) < 1) fail(`${flag} expects a positive integer, got "${text}"`);
    return Number(text);
  };
  const args = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) fail(`missing value for ${flag}`);
      return v;
    };
    switch (flag) {
      case '--sizes':
        args.sizes = value().split(',').map((s) => s.trim()).filter(Boolean).map((s) => positiveInt(s, flag));
        if (args.sizes.length === 0) fail('--sizes needs at least one size');
        break;
      case '--runs': args.runs = positiveInt(value(), flag); break;
      case '--seed': args.seed = positiveInt(value(), flag); break;
      case '--timeout': args.timeoutSeconds = positiveInt(value(), flag); break;
      case '-h':
      case '--help':
        process.stdout.write(usage);
        process.exit(0);
        break;
      default:
        if (Object.hasOwn(flags, flag)) flags[flag](args, value);
        else fail(`unknown argument: ${arg}`);
    }
  }
  return { args, fail };
}
