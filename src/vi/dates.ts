// Dates as editors write them and as Vietnamese readers read them.
// Accepted input: ISO 8601 (2023-01-11, 2023-01-11T08:30[:00][Z|+07:00], space instead of T), year
// first with other separators (2023/01/11, 2023.1.11), and Vietnamese day-first (11/01/2023, 15/1/2024,
// 15-01-2024, 11.01.2023, "11 tháng 1 năm 2023"), each with a time after it (08:30, 8h30, "lúc 08:30")
// or before it ("08:30 11/01/2023", as portals print it), and with a weekday and "ngày" before it
// ("Thứ Tư, ngày 11/01/2023"): a weekday that is not that date's is refused, not ignored.
// A time without an offset is wall-clock time in the site's time zone. Month-first (US) dates are
// never guessed: 01/15/2024 is refused, saying that it looks like one.

export interface ParsedDate {
  /** Milliseconds since the epoch (UTC). */
  readonly epochMs: number;
  /** Whether the source gave a time of day; a date alone prints without "08:30". */
  readonly hasTime: boolean;
}

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  offsetMinutes?: number;
  hasTime: boolean;
  /** The weekday written before the date (0 = Sunday), to check against it. */
  weekday?: number;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;
const TIME = String.raw`(\d{1,2})\s*(?::|h|giờ)\s*(\d{2})(?:\s*(?::|phút)\s*(\d{2}))?(?:\s*phút)?`;
const AFTER_DATE = String.raw`(?:\s*[,|–-]\s*|\s+)(?:lúc\s+)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:${AFTER_DATE}${TIME})?$`, 'i');
const VIETNAMESE = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:${AFTER_DATE}${TIME})?$`, 'i');
const IN_WORDS = new RegExp(String.raw`^(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*,)?\s+năm\s+(\d{4})(?:${AFTER_DATE}${TIME})?$`, 'i');
/** A time before the date: "08:30 11/01/2023", "08:30 | 11/01/2023", "8h30, ngày 11/01/2023". */
const TIME_FIRST = new RegExp(String.raw`^${TIME}(?:\s*[,|–-]\s*|\s+)(.+)$`, 'i');
const WEEKDAY = /^(thứ\s*(hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|cn|t[2-7])\s*[,|–-]?\s*/i;
const WEEKDAY_NUMBER: Record<string, number> = { hai: 1, ba: 2, 'tư': 3, 'năm': 4, 'sáu': 5, 'bảy': 6 };

function parseFields(input: string): Fields | undefined {
  let text = input.replace(/\s+/g, ' ');
  let weekday: number | undefined;
  const day = WEEKDAY.exec(text);
  if (day) {
    const word = day[1]!.toLowerCase().replace(/\s+/g, ' ');
    weekday = word.startsWith('ch') || word === 'cn' ? 0 : /\d/.test(word) ? Number(/\d/.exec(word)![0]) - 1 : WEEKDAY_NUMBER[day[2]!.toLowerCase()];
    text = text.slice(day[0].length);
  }
  text = text.replace(/^ngày\s+/i, '');
  const timeFirst = TIME_FIRST.exec(text);
  if (timeFirst && !ISO.test(text)) {
    const [, h, mi, s, rest] = timeFirst;
    const date = parseFields(rest!.replace(/^ngày\s+/i, ''));
    if (!date || date.hasTime) return undefined;
    return { ...date, hour: Number(h), minute: Number(mi), second: Number(s ?? 0), hasTime: true, ...(weekday !== undefined && { weekday }) };
  }
  const withWeekday = (f: Fields): Fields => (weekday === undefined ? f : { ...f, weekday });
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, off] = iso;
    return withWeekday({
      year: Number(y), month: Number(mo), day: Number(d),
      hour: Number(h ?? 0), minute: Number(mi ?? 0), second: Number(s ?? 0),
      hasTime: h !== undefined,
      ...(off !== undefined && { offsetMinutes: parseOffset(off) }),
    });
  }
  const yearFirst = YEAR_FIRST.exec(text);
  const dayFirst = VIETNAMESE.exec(text) ?? IN_WORDS.exec(text);
  if (yearFirst || dayFirst) {
    const [, a, mo, b, h, mi, s] = (yearFirst ?? dayFirst)!;
    const [y, d] = yearFirst ? [a, b] : [b, a];
    return withWeekday({
      year: Number(y), month: Number(mo), day: Number(d),
      hour: Number(h ?? 0), minute: Number(mi ?? 0), second: Number(s ?? 0),
      hasTime: h !== undefined,
    });
  }
  return undefined;
}

function parseOffset(text: string): number {
  if (text === 'Z') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  const minutes = Number(digits.slice(2));
  return minutes > 59 ? NaN : sign * (Number(digits.slice(0, 2)) * 60 + minutes);
}

/** News dates outside these years are typing mistakes (0050 for 2050, 20223 for 2023). */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2200;

/** Offsets in use on Earth: −12:00 to +14:00, in quarter hours. */
function isRealOffset(minutes: number): boolean {
  return minutes >= -12 * 60 && minutes <= 14 * 60 && Math.abs(minutes) % 15 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

function isRealCalendarDate(f: Fields): boolean {
  if (f.month < 1 || f.month > 12 || f.day < 1 || f.hour > 23 || f.minute > 59 || f.second > 59) return false;
  const days = f.month === 2 && isLeapYear(f.year) ? 29 : DAYS_IN_MONTH[f.month - 1]!;
  return f.day <= days;
}

/** Days since 1970-01-01 of a Gregorian date, by arithmetic (H. Hinnant's days_from_civil): Date.UTC
 *  would read years 0–99 as 1900–1999. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function wallClockAsUtc(f: Fields): number {
  return daysFromCivil(f.year, f.month, f.day) * 86_400_000 + ((f.hour * 60 + f.minute) * 60 + f.second) * 1000;
}

// Creating an Intl.DateTimeFormat costs far more than using one; this memo holds only
// immutable formatters keyed by zone, so it is not state a build could observe.
const formatters = new Map<string, Intl.DateTimeFormat>();
function offsetFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

// Most zones a portal uses (Asia/Ho_Chi_Minh: +07:00 since 1975) have one offset for every date an
// article can carry. For those we ask Intl once; for zones with DST or history we ask per instant.
// A memo of a pure function, not state a build could observe; it saved ~1.4 s per 10,000 articles.
const FIXED_FROM = Date.UTC(1976, 0, 1);
const FIXED_TO = Date.UTC(2100, 0, 1);
const fixedOffsets = new Map<string, number | null>();

function fixedOffsetOf(timeZone: string): number | null {
  let fixed = fixedOffsets.get(timeZone);
  if (fixed === undefined) {
    fixed = computeOffsetMinutes(FIXED_FROM, timeZone);
    // Sampled every 73 days (5 times a year, at a different date each year): any DST rule spans
    // summer and winter, and a one-off change of offset stays for more than a season. Every 30 days
    // cost ~20 ms of every build, a third of what a build that finds nothing to do takes.
    for (let t = FIXED_FROM; t < FIXED_TO && fixed !== null; t += 73 * 86_400_000) {
      if (computeOffsetMinutes(t, timeZone) !== fixed) fixed = null;
    }
    fixedOffsets.set(timeZone, fixed);
  }
  return fixed;
}

/**
 * What was found of zones' offsets, for a build to keep with its state: finding it loads the ICU
 * time-zone data and asks Intl 620 times (40 ms of a build that renders one page). It is a function of
 * the zone and of that data only, so it is kept with the data's version and used only under it.
 */
export interface ZoneOffsetFacts {
  readonly tz: string;
  readonly fixed: readonly (readonly [string, number | null])[];
}

const tzVersion = (): string => `${process.versions.tz ?? ''}/${process.versions.icu ?? ''}`;

export function zoneOffsetFacts(): ZoneOffsetFacts | undefined {
  return fixedOffsets.size ? { tz: tzVersion(), fixed: [...fixedOffsets] } : undefined;
}

/** Take over facts found by an earlier process, if it had the same time-zone data. */
export function rememberZoneOffsets(facts: ZoneOffsetFacts | undefined): void {
  if (facts?.tz !== tzVersion()) return;
  for (const [zone, offset] of facts.fixed) if (!fixedOffsets.has(zone) && (offset === null || isRealOffset(offset))) fixedOffsets.set(zone, offset);
}

/** Offset of `timeZone` from UTC at instant `epochMs`, in minutes (e.g. +420 for Asia/Ho_Chi_Minh). */
export function zoneOffsetMinutes(epochMs: number, timeZone: string): number {
  const fixed = epochMs >= FIXED_FROM && epochMs < FIXED_TO ? fixedOffsetOf(timeZone) : null;
  return fixed ?? computeOffsetMinutes(epochMs, timeZone);
}

function computeOffsetMinutes(epochMs: number, timeZone: string): number {
  const parts = offsetFormatter(timeZone).formatToParts(new Date(epochMs));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60_000);
}

/** Why an editor's date was refused: not an accepted form, no such day, a year or an offset out of
 *  range, a weekday that is not that date's, a month-first (US) date, or digits YAML read as a number. */
export type DateProblem = 'format' | 'calendar' | 'year' | 'offset' | 'weekday' | 'us-order' | 'number';

/** A refused date, with what the editor most likely meant where that is known (written as accepted). */
export type DateRefusal = { readonly problem: DateProblem; readonly suggestion?: string; readonly weekday?: string };

/** Parse an editor's date; total (never throws). */
export function readDate(input: string, timeZone: string): { date: ParsedDate } | DateRefusal {
  const text = input.trim();
  const f = parseFields(text);
  if (!f) {
    // 20201001: eight digits, which YAML reads as a number; the fix is the date written as one.
    const digits = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
    if (digits && isRealCalendarDate({ year: Number(digits[1]), month: Number(digits[2]), day: Number(digits[3]), hour: 0, minute: 0, second: 0, hasTime: false })) {
      return { problem: 'number', suggestion: `${digits[3]}/${digits[2]}/${digits[1]}` };
    }
    return { problem: 'format' };
  }
  if (!isRealCalendarDate(f)) {
    // 01/15/2024: a day-first reading has month 15, a month-first one is a real day. Never guessed.
    const swapped = { ...f, day: f.month, month: f.day };
    if (f.month > 12 && f.day <= 12 && isRealCalendarDate(swapped) && /^\D*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/.test(text)) {
      return { problem: 'us-order', suggestion: `${pad(swapped.day)}/${pad(swapped.month)}/${f.year}` };
    }
    return { problem: 'calendar' };
  }
  if (f.year < YEAR_MIN || f.year > YEAR_MAX) return { problem: 'year' };
  if (f.weekday !== undefined) {
    const actual = new Date(Date.UTC(2000, 0, 1) + (daysFromCivil(f.year, f.month, f.day) - daysFromCivil(2000, 1, 1)) * 86_400_000).getUTCDay();
    if (actual !== f.weekday) return { problem: 'weekday', weekday: WEEKDAYS[actual]!, suggestion: `${pad(f.day)}/${pad(f.month)}/${f.year}` };
  }
  const wallAsUtc = wallClockAsUtc(f);
  if (f.offsetMinutes !== undefined) {
    if (!isRealOffset(f.offsetMinutes)) return { problem: 'offset' };
    return { date: { epochMs: wallAsUtc - f.offsetMinutes * 60_000, hasTime: f.hasTime } };
  }
  // Two passes settle the offset even across a DST change (Vietnam has none; other zones may).
  let epochMs = wallAsUtc - zoneOffsetMinutes(wallAsUtc, timeZone) * 60_000;
  epochMs = wallAsUtc - zoneOffsetMinutes(epochMs, timeZone) * 60_000;
  return { date: { epochMs, hasTime: f.hasTime } };
}

/** Parse an editor's date; undefined when it is not a real date in an accepted format and range. */
export function parseDate(input: string, timeZone: string): ParsedDate | undefined {
  const r = readDate(input, timeZone);
  return 'date' in r ? r.date : undefined;
}

const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;
const pad = (n: number): string => String(n).padStart(2, '0');

/** Wall-clock fields of an instant in a zone; hand-written so output never depends on the ICU version. */
export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: number;
  offsetMinutes: number;
}

export function toLocalTime(epochMs: number, timeZone: string): LocalTime {
  const offsetMinutes = zoneOffsetMinutes(epochMs, timeZone);
  const d = new Date(epochMs + offsetMinutes * 60_000);
  return {
    year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(),
    hour: d.getUTCHours(), minute: d.getUTCMinutes(), weekday: d.getUTCDay(), offsetMinutes,
  };
}

/** "Thứ Tư, 11/01/2023 08:30" (or without the time when the source had none). */
export function formatDateVi(date: ParsedDate, timeZone: string): string {
  const t = toLocalTime(date.epochMs, timeZone);
  const day = `${WEEKDAYS[t.weekday]}, ${pad(t.day)}/${pad(t.month)}/${t.year}`;
  return date.hasTime ? `${day} ${pad(t.hour)}:${pad(t.minute)}` : day;
}

/** "11/01/2023": for listings, where the weekday is noise. */
export function formatShortDateVi(date: ParsedDate, timeZone: string): string {
  const t = toLocalTime(date.epochMs, timeZone);
  return `${pad(t.day)}/${pad(t.month)}/${t.year}`;
}

/** RFC 3339 with the zone's offset, for <time datetime> and machine formats: 2023-01-11T08:30:00+07:00. */
export function formatIsoWithOffset(epochMs: number, timeZone: string): string {
  const t = toLocalTime(epochMs, timeZone);
  const sign = t.offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(t.offsetMinutes);
  const seconds = pad(new Date(epochMs).getUTCSeconds());
  return `${t.year}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${seconds}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
