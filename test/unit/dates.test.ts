import { describe, expect, it } from 'vitest';
import { formatDateVi, formatIsoWithOffset, formatShortDateVi, parseDate, readDate } from '../../src/vi/dates.js';

const TZ = 'Asia/Ho_Chi_Minh';
const iso = (input: string): string | undefined => {
  const d = parseDate(input, TZ);
  return d && formatIsoWithOffset(d.epochMs, TZ);
};

describe('parseDate', () => {
  it('reads ISO and Vietnamese day-first forms as Vietnam wall-clock time', () => {
    expect(iso('2023-01-11')).toBe('2023-01-11T00:00:00+07:00');
    expect(iso('2023-01-11T08:30')).toBe('2023-01-11T08:30:00+07:00');
    expect(iso('2023-01-11 08:30')).toBe('2023-01-11T08:30:00+07:00');
    expect(iso('11/01/2023')).toBe('2023-01-11T00:00:00+07:00');
    expect(iso('11/01/2023 08:30')).toBe('2023-01-11T08:30:00+07:00');
    expect(iso('1/2/2023')).toBe('2023-02-01T00:00:00+07:00');
  });
  it('reads the forms editors and old portals write: year first, "tháng … năm", a weekday, "ngày", a time before or after', () => {
    const cases: Record<string, string> = {
      '15/1/2024': '2024-01-15T00:00:00+07:00',
      '15-01-2024': '2024-01-15T00:00:00+07:00',
      '11.01.2023': '2023-01-11T00:00:00+07:00',
      '2023/01/11': '2023-01-11T00:00:00+07:00',
      '2023.1.5': '2023-01-05T00:00:00+07:00',
      '2023-1-5': '2023-01-05T00:00:00+07:00',
      '11 tháng 1 năm 2023': '2023-01-11T00:00:00+07:00',
      'Thứ Tư, 11/01/2023': '2023-01-11T00:00:00+07:00',
      'thứ 4, ngày 11/01/2023 08:30': '2023-01-11T08:30:00+07:00',
      'Chủ nhật, 15/01/2023': '2023-01-15T00:00:00+07:00',
      'CN, 15/01/2023': '2023-01-15T00:00:00+07:00',
      '08:30 11/01/2023': '2023-01-11T08:30:00+07:00',
      '08:30 | 11/01/2023': '2023-01-11T08:30:00+07:00',
      '8h30, ngày 11/01/2023': '2023-01-11T08:30:00+07:00',
      '11/01/2023 lúc 8h30': '2023-01-11T08:30:00+07:00',
      '11/01/2023 - 08:30': '2023-01-11T08:30:00+07:00',
    };
    for (const [input, expected] of Object.entries(cases)) expect(iso(input), input).toBe(expected);
  });
  it('never guesses: a wrong weekday, a US month-first date and YAML digits are refused with what was likely meant', () => {
    expect(readDate('Thứ Năm, 11/01/2023', TZ)).toEqual({ problem: 'weekday', weekday: 'Thứ Tư', suggestion: '11/01/2023' });
    expect(readDate('01/15/2024', TZ)).toEqual({ problem: 'us-order', suggestion: '15/01/2024' });
    expect(readDate('20201001', TZ)).toEqual({ problem: 'number', suggestion: '01/10/2020' });
    // Both readings real: day first, as Vietnamese readers read it.
    expect(iso('05/06/2024')).toBe('2024-06-05T00:00:00+07:00');
  });
  it('honours an explicit offset', () => {
    expect(iso('2023-01-11T01:30:00Z')).toBe('2023-01-11T08:30:00+07:00');
    expect(iso('2023-01-11T08:30+09:00')).toBe('2023-01-11T06:30:00+07:00');
  });
  it('is day-first: 02/03/2023 is the 2nd of March', () => {
    expect(iso('02/03/2023')).toBe('2023-03-02T00:00:00+07:00');
  });
  it('refuses dates that do not exist and unknown formats', () => {
    for (const bad of ['32/01/2023', '29/02/2023', '2023-13-01', '11/01/2023 25:00', 'hôm qua', '2023/13/11', '11/01/23', '']) {
      expect(parseDate(bad, TZ), bad).toBeUndefined();
    }
    expect(iso('29/02/2024')).toBe('2024-02-29T00:00:00+07:00');
  });
  it('date 0050-06-15 is refused for its year, not read as 1950 (the Date.UTC two-digit-year trap)', () => {
    expect(readDate('0050-06-15', TZ)).toEqual({ problem: 'year' });
    expect(readDate('15/06/0050', TZ)).toEqual({ problem: 'year' });
    expect(readDate('1899-12-31', TZ)).toEqual({ problem: 'year' });
    expect(readDate('2201-01-01', TZ)).toEqual({ problem: 'year' });
    expect(parseDate('1900-01-01T12:00', TZ)).toBeDefined();
    expect(iso('2200-12-31')).toBe('2200-12-31T00:00:00+07:00');
  });
  it('offsets +99:99, +24:00, -15:00, +07:20 are refused; real ones from -12:00 to +14:00 are read', () => {
    for (const off of ['+99:99', '+24:00', '-15:00', '+07:20', '+14:30', '-12:30', '+0760']) {
      expect(readDate(`2023-01-11T08:30${off}`, TZ), off).toEqual({ problem: 'offset' });
    }
    expect(iso('2023-01-11T08:30+05:45')).toBe('2023-01-11T09:45:00+07:00');
    expect(iso('2023-01-11T08:30-12:00')).toBe('2023-01-12T03:30:00+07:00');
    expect(iso('2023-01-11T08:30+1400')).toBe('2023-01-11T01:30:00+07:00');
  });
  it('says why a date was refused: form or calendar', () => {
    expect(readDate('hôm qua', TZ)).toEqual({ problem: 'format' });
    expect(readDate('29/02/2023', TZ)).toEqual({ problem: 'calendar' });
    expect(readDate('29/02/2000', TZ)).toMatchObject({ date: { hasTime: false } });
    expect(readDate('29/02/2100', TZ)).toEqual({ problem: 'calendar' });
  });
  it('does not depend on the machine time zone (CI runs in UTC)', () => {
    const d = parseDate('2023-01-11T00:30', TZ)!;
    expect(new Date(d.epochMs).toISOString()).toBe('2023-01-10T17:30:00.000Z');
  });
});

describe('formatDateVi', () => {
  it('prints weekday, day/month/year and the time as Vietnamese readers expect', () => {
    expect(formatDateVi(parseDate('2023-01-11T08:30', TZ)!, TZ)).toBe('Thứ Tư, 11/01/2023 08:30');
    expect(formatDateVi(parseDate('2023-01-15', TZ)!, TZ)).toBe('Chủ Nhật, 15/01/2023');
    expect(formatShortDateVi(parseDate('2023-01-05T23:59', TZ)!, TZ)).toBe('05/01/2023');
  });
});

describe('time zones with daylight saving time', () => {
  it('uses the offset in force at each date', () => {
    const berlin = 'Europe/Berlin';
    expect(formatIsoWithOffset(parseDate('2023-01-11T08:30', berlin)!.epochMs, berlin)).toBe('2023-01-11T08:30:00+01:00');
    expect(formatIsoWithOffset(parseDate('2023-07-11T08:30', berlin)!.epochMs, berlin)).toBe('2023-07-11T08:30:00+02:00');
  });
  it('knows Vietnam before 1975 had another offset', () => {
    expect(formatIsoWithOffset(parseDate('1960-01-01T12:00', 'Asia/Ho_Chi_Minh')!.epochMs, 'Asia/Ho_Chi_Minh')).toBe('1960-01-01T12:00:00+08:00');
  });
});
