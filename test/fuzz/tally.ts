// Counts fuzz outcomes by class, for the table the suite prints at the end (the issue note quotes it).
import type { Outcome } from './check-case.js';

export interface Tally {
  add(outcome: Outcome, caseIndex: number): void;
  /** A plain-text table: outcomes, then error codes of exit-1 builds, then failure kinds. */
  format(title: string): string;
}

export function createTally(): Tally {
  const kinds = new Map<string, number>();
  const codes = new Map<string, number>();
  const failures = new Map<string, { count: number; cases: number[] }>();
  const bump = (m: Map<string, number>, key: string): void => {
    m.set(key, (m.get(key) ?? 0) + 1);
  };
  return {
    add(outcome, caseIndex) {
      bump(kinds, outcome.kind);
      if (outcome.kind !== 'failure') for (const code of outcome.codes) bump(codes, code);
      // "… in output (file)" counts once per case, with its kind.
      for (const kind of new Set(outcome.failures.map((f) => f.replace(/ \(.*\)$/, '').replace(/: ".*$/, '')))) {
        const entry = failures.get(kind) ?? { count: 0, cases: [] };
        entry.count++;
        if (entry.cases.length < 8) entry.cases.push(caseIndex);
        failures.set(kind, entry);
      }
    },
    format(title) {
      const rows = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      const line = (label: string, n: number, extra = '') => `  ${label.padEnd(58)} ${String(n).padStart(5)}${extra}`;
      const total = [...kinds.values()].reduce((a, b) => a + b, 0);
      return [
        title,
        `Outcomes of ${total} cases:`,
        ...['ok', 'diagnostics', 'failure'].map((k) => line(k === 'ok' ? 'success (exit 0)' : k === 'diagnostics' ? 'diagnostics (exit 1, every error names its file)' : 'failure (see below)', kinds.get(k) ?? 0)),
        'Error codes in exit-1 builds (a case may show several):',
        ...rows(codes).map(([code, n]) => line(code, n)),
        'Failure kinds (cases, first case numbers):',
        ...(failures.size ? [...failures].sort((a, b) => b[1].count - a[1].count).map(([kind, e]) => line(kind, e.count, `  #${e.cases.join(' #')}`)) : ['  none']),
      ].join('\n');
    },
  };
}
