// The text of a new article file: front-matter the project's own reader reads back exactly as
// written here (title, date, category), an empty summary and empty tags, NFC and LF line ends.
import { cleanField, curlQuotes } from '../content/field-text.js';
import { yamlScalar } from '../content/yaml-repair.js';
import { readDate, toLocalTime } from '../vi/dates.js';

export interface NewArticleFields {
  readonly title: string;
  /** As the date reader accepts it (see siteDateText). */
  readonly date: string;
  /** A configured category's slug. */
  readonly category: string;
}

export function articleText(fields: NewArticleFields): string {
  const lines = [
    '---',
    `title: ${yamlScalar(fields.title)}`,
    `date: ${yamlScalar(fields.date)}`,
    `category: ${yamlScalar(fields.category)}`,
    'tags: []',
    'summary: ""',
    '---',
    '',
    '',
  ];
  return lines.join('\n').normalize('NFC');
}

export type TitleProblem = { problem: 'empty' } | { problem: 'control'; codePoint: string };

/**
 * The title as it will be published: line breaks and tabs (a paste across lines) as spaces, then as
 * the reader cleans a title (content/field-text.ts: entities decoded, odd spaces normalised, NFC,
 * quotes curled) and trims it. Other control characters are refused: the reader would drop them.
 */
export function cleanTitle(raw: string): { title: string } | TitleProblem {
  const cleaned = cleanField(raw.replace(/[\t\r\n]+/g, ' '));
  if (cleaned.controlCodePoint) return { problem: 'control', codePoint: cleaned.controlCodePoint };
  const title = curlQuotes(cleaned.text.trim());
  return title === '' ? { problem: 'empty' } : { title };
}

export { yamlScalar };

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * `2024-07-23T09:30`: the minute of `epochMs` as a wall clock in the site's time zone, the form of
 * the sample articles. Where that wall-clock time is ambiguous (a DST change), the offset is added.
 */
export function siteDateText(epochMs: number, timeZone: string): string {
  const minute = Math.floor(epochMs / 60_000) * 60_000;
  const t = toLocalTime(minute, timeZone);
  const text = `${t.year}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}`;
  const read = readDate(text, timeZone);
  if ('date' in read && read.date.epochMs === minute) return text;
  const sign = t.offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(t.offsetMinutes);
  return `${text}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
