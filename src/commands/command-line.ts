// argv → command, option values and the remaining words, or a UsageError worded for an editor in
// the chosen language. Node's parseArgs is strict and precise, but its messages are English and say
// nothing about which command takes which option, so tokens are checked here first, per command.
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import type { Lang } from '../messages.js';
import { closestMatch } from '../suggest.js';

export const COMMANDS = ['build', 'dev', 'new', 'init', 'convert'] as const;
export type CommandName = (typeof COMMANDS)[number];

const OPTIONS = {
  root: { type: 'string' },
  out: { type: 'string' },
  'base-path': { type: 'string' },
  'base-url': { type: 'string' },
  drafts: { type: 'boolean' },
  future: { type: 'boolean' },
  clean: { type: 'boolean' },
  verify: { type: 'boolean' },
  quiet: { type: 'boolean' },
  timings: { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  wait: { type: 'string' },
  category: { type: 'string' },
  folder: { type: 'string' },
  date: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'boolean' },
  lang: { type: 'string' },
  write: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;
type OptionName = keyof typeof OPTIONS;

const COMMON: readonly OptionName[] = ['lang', 'help', 'version'];
const COMMAND_OPTIONS: Record<CommandName, readonly OptionName[]> = {
  build: ['root', 'out', 'base-path', 'base-url', 'drafts', 'future', 'clean', 'verify', 'quiet', 'timings', 'jobs', 'wait'],
  dev: ['root', 'port', 'host', 'jobs', 'timings'],
  new: ['root', 'category', 'folder', 'date'],
  init: [],
  convert: ['root', 'write'],
};

/** What a string option's value looks like, for "--root needs a value: --root <folder>". */
const PLACEHOLDERS: Partial<Record<OptionName, Record<Lang, string>>> = {
  root: { vi: '<thư mục>', en: '<dir>' }, out: { vi: '<thư mục>', en: '<dir>' }, folder: { vi: '<thư mục>', en: '<dir>' },
  'base-path': { vi: '/portal/', en: '/portal/' }, 'base-url': { vi: 'https://…', en: 'https://…' },
  jobs: { vi: '<số>', en: '<n>' }, port: { vi: '<số>', en: '<n>' }, wait: { vi: '<giây>', en: '<seconds>' }, category: { vi: '<slug>', en: '<slug>' },
  date: { vi: '11/01/2023 08:30', en: '11/01/2023 08:30' }, lang: { vi: 'vi|en', en: 'vi|en' },
};

export type OptionValues = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

export interface CommandLine {
  readonly lang: Lang;
  /** Undefined when only global options were given (`baotinh --help`, `baotinh`). */
  readonly command?: CommandName;
  readonly values: OptionValues;
  /** The words after the command (the title of `new`, the folder of `init`). */
  readonly words: readonly string[];
}

/** What a command prints to, and in which language. */
export interface CommandIo {
  readonly lang: Lang;
  readonly io: { out(text: string): void; err(text: string): void };
}

/** A required word or option is missing: the message, then the command's help (exit code 2). */
export class UsageErrorWithHelp extends UsageError {
  constructor(readonly command: CommandName, message: string) {
    super(message);
  }
}

type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];
type OptionToken = Extract<Token, { kind: 'option' }>;

export function parseCommandLine(argv: readonly string[]): CommandLine {
  // Lenient first: every token is seen, including unknown options, so the language and the command
  // are known before anything is refused.
  const { tokens = [] } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  const lang = languageOf(tokens);
  const positionals = tokens.flatMap((t) => (t.kind === 'positional' ? [t.value] : []));
  const [word, ...words] = positionals;
  const command = word === undefined ? undefined : commandNamed(word, lang);
  const allowed = command === undefined ? COMMON : [...COMMON, ...COMMAND_OPTIONS[command]];
  for (const token of tokens) if (token.kind === 'option') checkOption(token, allowed, command, lang);
  return { lang, ...(command && { command }), values: strictValues(argv, lang), words };
}

/** The language for errors found before the command line is understood. */
export function guessLanguage(argv: readonly string[]): Lang {
  const at = argv.indexOf('--lang');
  return argv.includes('--lang=en') || (at >= 0 && argv[at + 1] === 'en') ? 'en' : 'vi';
}

/** The typed values; every refusal of parseArgs has been worded above, this is the safety net. */
function strictValues(argv: readonly string[], lang: Lang): OptionValues {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true }).values;
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (!code.startsWith('ERR_PARSE_ARGS')) throw error;
    throw new UsageError(lang === 'vi' ? `không hiểu dòng lệnh: ${argv.join(' ')} (${code})` : `cannot read the command line: ${argv.join(' ')} (${code})`);
  }
}

/** `--lang en` or `--lang=en` anywhere; anything else but `vi` is refused (in Vietnamese). */
function languageOf(tokens: readonly Token[]): Lang {
  const given = tokens.find((t): t is OptionToken => t.kind === 'option' && t.name === 'lang');
  if (!given || given.value === undefined) return 'vi';
  if (given.value === 'en' || given.value === 'vi') return given.value;
  throw new UsageError(`--lang chỉ nhận vi hoặc en (đang viết "${given.value}") / --lang takes vi or en`);
}

function commandNamed(word: string, lang: Lang): CommandName {
  if ((COMMANDS as readonly string[]).includes(word)) return word as CommandName;
  const suggestion = closestMatch(word, COMMANDS);
  throw new UsageError(lang === 'vi'
    ? `không có lệnh '${word}'.${suggestion ? ` Có phải ý bạn là '${suggestion}'?` : ` Các lệnh: ${COMMANDS.join(', ')}.`}`
    : `unknown command '${word}'.${suggestion ? ` Did you mean '${suggestion}'?` : ` Commands: ${COMMANDS.join(', ')}.`}`);
}

function checkOption(token: OptionToken, allowed: readonly OptionName[], command: CommandName | undefined, lang: Lang): void {
  const name = token.name as OptionName;
  if (!allowed.includes(name)) throw new UsageError(unknownOption(token, allowed, command, lang));
  const vi = lang === 'vi';
  if (OPTIONS[name].type === 'boolean') {
    if (token.value !== undefined) {
      throw new UsageError(vi
        ? `tùy chọn ${token.rawName} không nhận giá trị (bỏ "=${token.value}").`
        : `option ${token.rawName} takes no value (remove "=${token.value}").`);
    }
    return;
  }
  const example = `--${name} ${PLACEHOLDERS[name]?.[lang] ?? ''}`.trim();
  if (token.value === undefined) {
    throw new UsageError(vi ? `tùy chọn ${token.rawName} cần một giá trị, ví dụ: ${example}` : `option ${token.rawName} needs a value, e.g. ${example}`);
  }
  // `--root --clean`: the value was forgotten, and the next option would be taken for it.
  if (!token.inlineValue && token.value.startsWith('-') && token.value !== '-') {
    throw new UsageError(vi
      ? `tùy chọn ${token.rawName} cần một giá trị, nhưng sau nó là "${token.value}". Ví dụ: ${example} (giá trị bắt đầu bằng "-" thì viết --${name}=-…)`
      : `option ${token.rawName} needs a value, but "${token.value}" follows it. E.g. ${example} (for a value starting with "-", write --${name}=-…)`);
  }
}

/** "unknown option '--cleen'. Did you mean '--clean'?", or which command takes it. */
function unknownOption(token: OptionToken, allowed: readonly OptionName[], command: CommandName | undefined, lang: Lang): string {
  const vi = lang === 'vi';
  const where = command ? (vi ? ` cho lệnh ${command}` : ` for ${command}`) : '';
  const head = vi ? `không có tùy chọn '${token.rawName}'${where}.` : `unknown option '${token.rawName}'${where}.`;
  const owners = COMMANDS.filter((c) => c !== command && COMMAND_OPTIONS[c].includes(token.name as OptionName)).join(', ');
  if (owners) return `${head} ${vi ? `'--${token.name}' dùng với lệnh ${owners}.` : `'--${token.name}' is an option of ${owners}.`}`;
  const suggestion = token.rawName.startsWith('--') ? closestMatch(token.name, allowed) : undefined;
  if (suggestion) return `${head} ${vi ? `Có phải ý bạn là '--${suggestion}'?` : `Did you mean '--${suggestion}'?`}`;
  return head;
}
