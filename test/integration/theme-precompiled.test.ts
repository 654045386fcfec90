// The built-in theme ships compiled (npm run compile: scripts/precompile-theme.mjs). The compiled CLI
// uses that code; the tests' in-process builds run the TypeScript sources, which find no compiled
// module and compile the templates at run time. Both must make the very same site.
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { buildSite, describeBuild, REPO_ROOT } from '../helpers/build-site.js';
import { treeDifferences } from '../helpers/compare-trees.js';
import { makeTempDir } from '../helpers/temp.js';

describe('the built-in theme compiled with the package', () => {
  it('makes the same site as templates compiled at build time', async () => {
    const site = makeTempDir('theme-precompiled');
    const gen = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts/generate-articles.mjs'), '--count', '60', '--out', site], { encoding: 'utf8' });
    expect(gen.status, gen.stderr).toBe(0);
    const compiled = buildSite({ root: site, out: path.join(site, 'out-compiled'), args: ['--quiet'] });
    expect(compiled.code, describeBuild(compiled)).toBe(0);
    const report = await build({ root: site, outDir: path.join(site, 'out-runtime'), state: 'none' });
    expect(report.ok, JSON.stringify(report.diagnostics)).toBe(true);
    expect(treeDifferences(path.join(site, 'out-compiled'), path.join(site, 'out-runtime'))).toEqual([]);
  }, 120_000);

  it('is taken only for a template whose text is the one it was compiled from', async () => {
    const lib = path.join(REPO_ROOT, 'lib/render/theme-precompiled.js');
    expect(existsSync(path.join(REPO_ROOT, 'lib/render/theme-compiled.cjs')), 'npm run compile writes it').toBe(true);
    const { precompiledTemplate, THEME_DIR } = (await import(lib)) as typeof import('../../src/render/theme-precompiled.js');
    const base = path.join(THEME_DIR, 'base.njk');
    const text = readFileSync(base, 'utf8');
    expect(precompiledTemplate(base, text)).toHaveProperty('root');
    expect(precompiledTemplate(base, `${text}\n<!-- sửa -->`)).toBeUndefined();
    expect(precompiledTemplate(path.join(makeTempDir('site-templates'), 'base.njk'), text)).toBeUndefined();
  });
});
