// Figures of scripts/bench-incremental.mjs: per-scenario summaries, the Markdown table and the
// issue's targets (issue 9, at 10,000 articles; other sizes are checked for information, with the
// state limit scaled to the size).

import { SCENARIOS } from './bench-incremental-edits.mjs';

export const TARGET_SIZE = 10000;
const STATE_BYTES_PER_10000 = 50e6; // "≤ 50 MB per 10,000 articles", MB as 10^6 bytes

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const spread = (xs) => (xs.length ? { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length } : null);

/** Per scenario, over the runs: seconds of both tools, baotinh's peak memory, state size and last counts. */
export function summarise(sizeResult) {
  const out = {};
  for (const { id, label } of SCENARIOS) {
    const measured = sizeResult.runs.map((r) => r.scenarios[id]).filter(Boolean);
    const bt = measured.map((m) => m.baotinh).filter((b) => b?.ok);
    const hugo = measured.map((m) => m.hugo).filter((h) => h?.ok);
    const rss = bt.map((b) => b.maxRssMiB).filter((x) => x !== null);
    const s = { label, baotinh: spread(bt.map((b) => b.seconds)), hugo: spread(hugo.map((h) => h.seconds)) };
    s.ratio = s.baotinh && s.hugo ? s.hugo.median / s.baotinh.median : null;
    s.peakMiB = rss.length ? Math.max(...rss) : null;
    s.stateBytes = bt.length ? Math.max(...bt.map((b) => b.stateBytes)) : null;
    s.changes = bt.at(-1)?.changes ?? null;
    s.insane = bt.filter((b) => b.sanity).map((b) => b.sanity);
    out[id] = s;
  }
  return out;
}

const secs = (s) => (s ? `${s.median.toFixed(2)}${s.n > 1 ? ` (${s.min.toFixed(2)}–${s.max.toFixed(2)})` : ''}` : '–');
const mib = (bytes) => (bytes === null ? '–' : `${(bytes / 1048576).toFixed(1)} MiB`);
const counts = (c) => (c ? `${c.rebuilt} / ${c.kept} / ${c.removed}` : 'no summary line');

export function markdownTable(sizeResults) {
  const rows = [
    '| articles | scenario | baotinh s, median (min–max) | Hugo s, median (min–max) | Hugo / baotinh | baotinh peak MiB | rebuilt / kept / removed | state |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of sizeResults) {
    if (!r.summary) {
      rows.push(`| ${r.size} | FAILED (${r.error}) | | | | | | |`);
      continue;
    }
    for (const { id } of SCENARIOS) {
      const s = r.summary[id];
      const ratio = s.ratio === null ? '–' : `${s.ratio.toFixed(2)}×`;
      rows.push(`| ${r.size} | ${s.label} | ${secs(s.baotinh)} | ${secs(s.hugo)} | ${ratio} | ${s.peakMiB?.toFixed(0) ?? '–'} | ${counts(s.changes)} | ${mib(s.stateBytes)} |`);
    }
  }
  return rows.join('\n');
}

/** The issue's speed targets for one size: PASS / FAIL / NOT MEASURED with the figure behind each. */
export function checkTargets(sizeResult) {
  const { size, summary: s } = sizeResult;
  const at = `${size} articles`;
  if (!s) return [{ size, target: at, status: 'FAIL', detail: `benchmark failed (${sizeResult.error})` }];
  const check = (target, value, ok, detail) => ({ size, target: `${at}: ${target}`, status: value === null || value === undefined ? 'NOT MEASURED' : ok ? 'PASS' : 'FAIL', detail });
  const med = (id) => s[id].baotinh?.median ?? null;
  const stateLimit = (STATE_BYTES_PER_10000 * size) / 10000;
  const stateMax = Math.max(...SCENARIOS.map(({ id }) => s[id].stateBytes ?? 0));
  return [
    check('nothing changed ≤ 0.5 s', med('nochange'), med('nochange') <= 0.5, `median ${med('nochange')?.toFixed(2)} s`),
    check('one body edited ≤ 1.0 s', med('body'), med('body') <= 1.0, `median ${med('body')?.toFixed(2)} s`),
    check('one title edited ≤ 3 s', med('title'), med('title') <= 3, `median ${med('title')?.toFixed(2)} s`),
    check('base template edited ≤ cold', med('template') !== null && med('cold') !== null ? 1 : null, med('template') <= med('cold'), `median ${med('template')?.toFixed(2)} s vs cold ${med('cold')?.toFixed(2)} s`),
    check(`state ≤ ${(stateLimit / 1e6).toFixed(0)} MB (50 MB per 10,000)`, s.cold.stateBytes, stateMax <= stateLimit, `largest ${(stateMax / 1e6).toFixed(2)} MB`),
    check('peak memory of a no-change rebuild ≤ 300 MiB', s.nochange.peakMiB, s.nochange.peakMiB <= 300, `${s.nochange.peakMiB?.toFixed(0)} MiB`),
    check('summary counts sane in every scenario', 1, SCENARIOS.every(({ id }) => s[id].insane.length === 0),
      SCENARIOS.flatMap(({ id }) => s[id].insane.map((x) => `${id}: ${x}`)).join('; ') || 'all sane'),
  ];
}

/** Target lines: the issue's (10,000) first, the other sizes marked as information. */
export function targetLines(sizeResults) {
  const lines = [];
  const main = sizeResults.find((r) => r.size === TARGET_SIZE);
  if (!main) lines.push(`NOT MEASURED: the issue's targets are at ${TARGET_SIZE} articles (add it to --sizes)`);
  for (const r of [main, ...sizeResults.filter((x) => x.size !== TARGET_SIZE)].filter(Boolean)) {
    const info = r.size === TARGET_SIZE ? '' : ' (information; the targets are set at 10,000)';
    for (const t of checkTargets(r)) lines.push(`${t.status}: ${t.target} (${t.detail})${info}`);
  }
  return lines;
}
