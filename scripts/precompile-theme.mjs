// Part of `npm run compile`: the built-in theme's templates compiled into lib/ (see
// src/render/theme-precompiled.ts), so a build does not compile them again in every thread.
import { writeFileSync } from 'node:fs';
import { THEME_DIR, THEME_MODULE, themeModuleText } from '../lib/render/theme-precompiled.js';

writeFileSync(new URL(`../lib/render/${THEME_MODULE}`, import.meta.url), themeModuleText(THEME_DIR));
