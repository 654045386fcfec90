#!/usr/bin/env node
// Thin launcher: the CLI is written in TypeScript and compiled to lib/ by `npm install` (prepare).
// Anything that escapes main() (a stray promise, a crashed worker) still goes through the error
// boundary: an internal error, exit 70, never a bare Node stack trace with exit 1.
import { main, reportFailure } from '../lib/cli.js';

const lang = process.argv.includes('en') && process.argv[process.argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'vi';
const io = { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) };
const crash = (error) => {
  process.exitCode = reportFailure(error, lang, io);
  process.exit();
};
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);
process.exitCode = await main(process.argv.slice(2)).catch((error) => reportFailure(error, lang, io));
