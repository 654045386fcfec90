// One run of scripts/bench-incremental.mjs: the five scenarios in a row, baotinh and Hugo
// interleaved, then both sites restored (also on Ctrl-C, and on a failed build).

import { rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { editedArticle, makeJournal, restore, SCENARIOS } from './bench-incremental-edits.mjs';
import { countHtml, folderBytes, loadavg, parseChanges, runBaotinh, runHugo } from './bench-process.mjs';
import { markPending } from './bench-incremental-sites.mjs';

const indent = (text) => text.trimEnd().split('\n').map((l) => `      ${l}`).join('\n');

async function measureBaotinh(scenario, { repo, cliModule, root, out, run, args, children }) {
  const argv = ['build', '--root', relative(repo, root), '--out', relative(repo, out.baotinh), ...(scenario.clean ? ['--clean'] : [])];
  const loadStart = loadavg();
  const res = await runBaotinh(argv, { repo, cliModule, timeoutSeconds: args.timeoutSeconds, tag: `${run}-${scenario.id}`, children });
  const ok = res.code === 0 && !res.timedOut;
  return {
    command: `node bin/baotinh.js ${argv.join(' ')}`,
    ok, exitCode: res.code, signal: res.signal, timedOut: res.timedOut, seconds: res.seconds, maxRssMiB: res.maxRssMiB,
    changes: parseChanges(res.stdout), stateBytes: folderBytes(join(root, '.baotinh', 'state')),
    loadStart, loadEnd: loadavg(), ...(!ok && { stdout: res.stdout, stderr: res.stderr }),
  };
}

async function measureHugo(scenario, { hugoRoot, out, args, children }) {
  const loadStart = loadavg();
  const res = await runHugo(hugoRoot, out.hugo, { hugo: args.hugo, timeoutSeconds: args.timeoutSeconds, children });
  const ok = res.code === 0 && !res.timedOut;
  return {
    ok, exitCode: res.code, signal: res.signal, timedOut: res.timedOut, seconds: res.seconds,
    loadStart, loadEnd: loadavg(), ...(!ok && { stdout: res.stdout, stderr: res.stderr }),
  };
}

function describe(id, m) {
  const parts = [`    ${id.padEnd(9)}`];
  if (m.baotinh) {
    const b = m.baotinh;
    const c = b.changes ? `${b.changes.rebuilt} rebuilt / ${b.changes.kept} kept / ${b.changes.removed} removed` : 'no summary counts';
    parts.push(b.ok ? `baotinh ${b.seconds.toFixed(2)} s, ${b.maxRssMiB?.toFixed(0) ?? '?'} MiB, ${c}, state ${(b.stateBytes / 1048576).toFixed(1)} MiB` : `baotinh FAILED (${b.timedOut ? 'timeout' : `exit ${b.exitCode ?? b.signal}`})`);
  }
  if (m.hugo) parts.push(m.hugo.ok ? `Hugo ${m.hugo.seconds.toFixed(2)} s` : `Hugo FAILED (${m.hugo.timedOut ? 'timeout' : `exit ${m.hugo.exitCode ?? m.hugo.signal}`})`);
  return `${parts.join(' | ')}\n`;
}

/** Runs every scenario; resolves with the measurements, `ok: false` and `error` when a build failed. */
export async function measureRun(options) {
  const env = { ...options, children: new Set() };
  const { benchDir, size, root, hugoRoot, out, run, args, log } = env;
  const tools = args.hugo ? (run % 2 ? ['baotinh', 'hugo'] : ['hugo', 'baotinh']) : ['baotinh'];
  const article = editedArticle(root, size);
  const journal = makeJournal();
  const ctx = { journal, root, hugoRoot, article, repo: env.repo, run };
  const result = { run, order: tools, article, ok: true, loadavgStart: loadavg(), scenarios: {}, pages: null };
  const onSignal = (signal) => {
    for (const child of env.children) child.kill('SIGKILL'); // a build must not write on after the restore
    restore(journal);
    markPending(benchDir, size, false);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  rmSync(join(root, '.baotinh'), { recursive: true, force: true });
  markPending(benchDir, size, true);
  try {
    for (const scenario of SCENARIOS) {
      scenario.apply(ctx);
      const measured = {};
      for (const tool of tools) {
        measured[tool] = tool === 'baotinh' ? await measureBaotinh(scenario, env) : await measureHugo(scenario, env);
        if (!measured[tool].ok) break;
      }
      result.scenarios[scenario.id] = measured;
      if (scenario.id === 'cold') result.pages = { baotinh: countHtml(out.baotinh), hugo: args.hugo ? countHtml(out.hugo) : null };
      const b = measured.baotinh;
      if (b?.ok) b.sanity = b.changes ? scenario.check(b.changes, result.pages.baotinh) : 'the summary line with the counts is missing';
      log(describe(scenario.id, measured));
      if (b?.sanity) log(`      SANITY: ${b.sanity}\n`);
      const failed = Object.entries(measured).find(([, m]) => !m.ok);
      if (failed) {
        const [tool, m] = failed;
        if (m.stdout?.trim()) log(`      stdout:\n${indent(m.stdout)}\n`);
        if (m.stderr?.trim()) log(`      stderr:\n${indent(m.stderr)}\n`);
        Object.assign(result, { ok: false, error: `${tool} failed in scenario ${scenario.id}` });
        break;
      }
    }
  } finally {
    restore(journal);
    markPending(benchDir, size, false);
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
  result.loadavgEnd = loadavg();
  log(`    pages: baotinh ${result.pages?.baotinh ?? '?'} HTML files, Hugo ${result.pages?.hugo ?? '–'}; load ${result.loadavgStart.join(' ')} → ${result.loadavgEnd.join(' ')}\n`);
  return result;
}
