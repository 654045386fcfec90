// The npm scripts that run tests: bin/baotinh.js runs the compiled lib/, so a test script that does
// not compile first would test yesterday's code and pass (or fail) for the wrong reason.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const scripts = (JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** The steps of an npm script, in order (`a && b` → ['a', 'b']); `pre<name>` runs first. */
function steps(name: string): string[] {
  const own = (scripts[name] ?? '').split('&&').map((s) => s.trim()).filter(Boolean);
  return [...(scripts[`pre${name}`] ? steps(`pre${name}`) : []), ...own];
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('npm test scripts', () => {
  for (const name of ['test', 'test:fast', 'test:slow']) {
    it(`npm run ${name} compiles src/ to lib/ before vitest runs, so it never tests a stale lib/`, () => {
      const all = steps(name);
      const compile = all.findIndex((s) => /^tsc -p tsconfig\.json$/.test(s));
      const vitest = all.findIndex((s) => /^vitest run\b/.test(s));
      expect(vitest, `${name}: ${JSON.stringify(all)} has no "vitest run" step`).toBeGreaterThanOrEqual(0);
      expect(compile, `${name}: ${JSON.stringify(all)} does not compile (tsc -p tsconfig.json) before "vitest run"`).toBeGreaterThanOrEqual(0);
      expect(compile).toBeLessThan(vitest);
    });
  }

  it('the fast project needs neither Chromium nor Java: no fast test uses the browser or the Nu Html Checker', () => {
    const heavy = /from ['"](?:playwright-core|vnu-jar|axe-core|[./]*helpers\/(?:browser|vnu)(?:\.js)?)['"]/;
    const offenders = ['unit', 'integration']
      .flatMap((d) => filesUnder(path.join(REPO, 'test', d)))
      .filter((f) => heavy.test(fs.readFileSync(f, 'utf8')))
      .map((f) => path.relative(REPO, f));
    expect(offenders).toEqual([]);
  });
});
