#!/usr/bin/env node
// Thin launcher: the CLI is written in TypeScript and compiled to lib/ by `npm install` (prepare).
import { main } from '../lib/cli.js';

process.exitCode = await main(process.argv.slice(2));
