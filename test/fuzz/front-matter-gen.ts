// Front-matter for fuzz cases: a valid header whose values and structure are mutated. Every function
// returns the YAML text between the fences plus a few words saying what was done (for the case name).
import {
  ALIASES, CATEGORIES, DATES, IMAGE_PATHS, ODD_CHARACTERS, ODD_TEXTS, SLUGS, VIEWS, YAML_VALUES,
} from './hostile-values.js';
import type { Random } from './random.js';

export interface Generated {
  text: string;
  labels: string[];
}

/** A text value, quoted or not, sometimes with odd characters or very long. */
export function hostileText(r: Random): string {
  const base = r.pick(ODD_TEXTS);
  const odd = r.chance(0.5) ? r.some(ODD_CHARACTERS, r.int(1, 3)).join('') : '';
  const long = r.chance(0.1) ? ` ${'Dân vận khéo '.repeat(r.int(50, 500))}` : '';
  const raw = `${base}${odd}${long}`;
  return r.chance(0.5) ? JSON.stringify(raw) : raw;
}

function flowList(r: Random, items: () => string): string {
  return `[${Array.from({ length: r.int(0, 6) }, items).join(', ')}]`;
}

/** A short, printable form of a value for a case's name. */
export function shortLabel(value: string): string {
  const s = JSON.stringify(value).slice(1, -1);
  return s.length > 24 ? `${s.slice(0, 21)}…(${value.length})` : s;
}

/** Spellings that make the same tag or author address as `dân vận` / `Dương Liễu` (a collision). */
const LOOK_ALIKES = ['Dân Vận', 'DÂN VẬN', 'dân  vận', 'dân vận'.normalize('NFD'), 'dân-vận', 'Dương liễu', 'DƯƠNG LIỄU', 'Duong Lieu'];

/** One value for each known key, sometimes hostile (then named in the labels). */
function fieldValue(r: Random, key: string, labels: string[]): string {
  const hostile = r.chance(0.15);
  const value = hostile && r.chance(0.3) ? r.pick(YAML_VALUES) : knownValue(r, key, hostile);
  if (hostile) labels.push(`${key}: ${shortLabel(value)}`);
  return value;
}

function knownValue(r: Random, key: string, hostile: boolean): string {
  switch (key) {
    case 'title': return hostile ? hostileText(r) : 'Hội nghị tổng kết công tác dân vận';
    case 'date': return hostile ? r.pick(DATES) : '11/01/2023 08:30';
    case 'updated': return hostile ? r.pick(DATES) : '12/01/2023 09:00';
    case 'category': return hostile ? r.pick(CATEGORIES) : r.pick(['tin-tuc', 'Dân vận khéo']);
    case 'tags': return hostile ? flowList(r, () => (r.chance(0.5) ? r.pick(LOOK_ALIKES) : hostileText(r))) : '[dân vận, hội nghị]';
    case 'author': return hostile ? (r.chance(0.5) ? r.pick(LOOK_ALIKES) : hostileText(r)) : 'Dương Liễu';
    case 'summary': return hostile ? hostileText(r) : 'Sáng 11/01/2023, Ban Dân vận Tỉnh ủy tổ chức hội nghị.';
    case 'image': return JSON.stringify(hostile ? r.pick(IMAGE_PATHS) : '/anh/a.jpg');
    case 'views': return hostile ? r.pick(VIEWS) : String(r.int(0, 99999));
    case 'draft': return hostile ? r.pick(['true', 'yes', '"true"', '1', 'null']) : 'false';
    case 'slug': return hostile ? JSON.stringify(r.pick(SLUGS)) : 'dan-van-kheo-o-trung-khanh';
    case 'aliases': return hostile ? flowList(r, () => r.pick(ALIASES)) : '[/index.php?option=com_content&id=123, /tin-tuc/bai-cu.html]';
    default: return hostileText(r);
  }
}

const REQUIRED = ['title', 'date', 'category'];
const OPTIONAL = ['tags', 'author', 'summary', 'image', 'views', 'updated', 'draft', 'slug', 'aliases'];

/** Key lines; a required key is sometimes left out. */
function fieldLines(r: Random, labels: string[]): string[] {
  const keys = [...REQUIRED.filter(() => !r.chance(0.02)), ...OPTIONAL.filter(() => r.chance(0.3))];
  if (r.chance(0.05)) keys.push(r.pick(['titel', 'ngay', 'Title', '__proto__', 'constructor', 'x'.repeat(200), '"a\\0b"']));
  if (!REQUIRED.every((k) => keys.includes(k))) labels.push('required key missing');
  return keys.map((k) => `${k}: ${fieldValue(r, k, labels)}`);
}

/** Structural YAML tricks, each a function of the key lines. */
const TRICKS: Record<string, (r: Random, lines: string[]) => string[]> = {
  'alias bomb': (_r, lines) => [
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    ...['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`),
    ...lines.map((l) => (l.startsWith('tags:') ? 'tags: *i' : l)),
    ...(lines.some((l) => l.startsWith('tags:')) ? [] : ['tags: *i']),
  ],
  'anchors and merge keys': (_r, lines) => ['base: &base', '  title: Tiêu đề gộp', '  category: tin-tuc', '<<: *base', ...lines],
  'self-referencing alias': (_r, lines) => [...lines.filter((l) => !l.startsWith('tags:')), 'tags: &t [a, *t]'],
  'duplicate keys': (r, lines) => [...lines, lines[r.int(0, lines.length - 1)] ?? 'title: x'],
  'tab indentation': (_r, lines) => [...lines, 'tags:', '\t- một', '\t- hai'],
  'multi-document': (_r, lines) => [...lines, '---', 'title: Tài liệu hai'],
  'document end marker': (_r, lines) => [...lines, '...', 'title: sau dấu kết thúc'],
  'directive': (_r, lines) => ['%YAML 1.1', '%TAG ! tag:example.vn,2023:', ...lines],
  '--- inside a value': (_r, lines) => [...lines.filter((l) => !l.startsWith('summary:')), 'summary: |', '  đoạn một', '---', '  đoạn hai'],
  'deep flow nesting': (r, lines) => [...lines, `tags: ${'['.repeat(r.int(50, 1000))}x${']'.repeat(r.int(0, 1) ? 1000 : 10)}`],
  'deep block nesting': (r, lines) => [...lines, 'x:', ...Array.from({ length: r.int(20, 200) }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`)],
  'complex key': (_r, lines) => [...lines, '? [a, b]', ': c', '? {x: y}', ': z'],
  'very many keys': (r, lines) => [...lines, ...Array.from({ length: r.int(100, 1000) }, (_, i) => `khoa${i}: ${i}`)],
  'comment only': () => ['# chỉ có chú thích'],
  'empty': () => [],
  'a list, not a map': () => ['- title', '- date'],
  'a scalar, not a map': () => ['chỉ một dòng chữ'],
  'tagged map': (_r, lines) => ['!!map', ...lines],
  'js tag on the whole document': (_r, lines) => ['--- !!js/object', ...lines],
  'null key': (_r, lines) => [...lines, '~: x', 'null: y', '"": z'],
  'odd characters in keys': (r, lines) => [...lines, `${r.pick(ODD_CHARACTERS)}khoa: x`],
};

export function frontMatter(r: Random): Generated {
  const labels: string[] = [];
  let lines = fieldLines(r, labels);
  const trickCount = r.chance(0.25) ? r.int(1, 2) : 0;
  for (let i = 0; i < trickCount; i++) {
    const name = r.pick(Object.keys(TRICKS));
    lines = TRICKS[name]!(r, lines);
    labels.push(`yaml: ${name}`);
  }
  if (r.chance(0.04)) lines.push(`${r.pick(['title', 'date'])}: ${r.pick(YAML_VALUES)}`);
  return { text: lines.join('\n'), labels };
}
