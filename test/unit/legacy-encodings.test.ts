// TCVN3 and VNI read as Latin-1: converted by the public tables, detected only where converting makes
// the text Vietnamese, never in Unicode Vietnamese or other Latin-script languages.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { badSyllables, detectLegacy, tcvn3ToUnicode, vniToUnicode } from '../../src/vi/legacy-encodings.js';
import { toWindows1258 } from '../helpers/windows-1258.js';

const REPO = path.resolve(import.meta.dirname, '../..');

/** Every Vietnamese letter, lowercase, as TCVN3 has them all (its capitals come from another font). */
const LOWER = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';
const UPPER = LOWER.toUpperCase();

// Our own encoders, written from the tables' definitions (independently of the decoders under test):
// TCVN3 code points by letter, and VNI as base letter + mark byte.
const TCVN3_CODES: Record<string, number> = {
  ă: 0xa8, â: 0xa9, ê: 0xaa, ô: 0xab, ơ: 0xac, ư: 0xad, đ: 0xae, Ă: 0xa1, Â: 0xa2, Ê: 0xa3, Ô: 0xa4, Ơ: 0xa5, Ư: 0xa6, Đ: 0xa7,
  à: 0xb5, ả: 0xb6, ã: 0xb7, á: 0xb8, ạ: 0xb9, ằ: 0xbb, ẳ: 0xbc, ẵ: 0xbd, ắ: 0xbe, ặ: 0xc6, ầ: 0xc7, ẩ: 0xc8, ẫ: 0xc9, ấ: 0xca, ậ: 0xcb,
  è: 0xcc, ẻ: 0xce, ẽ: 0xcf, é: 0xd0, ẹ: 0xd1, ề: 0xd2, ể: 0xd3, ễ: 0xd4, ế: 0xd5, ệ: 0xd6, ì: 0xd7, ỉ: 0xd8, ĩ: 0xdc, í: 0xdd, ị: 0xde,
  ò: 0xdf, ỏ: 0xe1, õ: 0xe2, ó: 0xe3, ọ: 0xe4, ồ: 0xe5, ổ: 0xe6, ỗ: 0xe7, ố: 0xe8, ộ: 0xe9, ờ: 0xea, ở: 0xeb, ỡ: 0xec, ớ: 0xed, ợ: 0xee,
  ù: 0xef, ủ: 0xf1, ũ: 0xf2, ú: 0xf3, ụ: 0xf4, ừ: 0xf5, ử: 0xf6, ữ: 0xf7, ứ: 0xf8, ự: 0xf9, ỳ: 0xfa, ỷ: 0xfb, ỹ: 0xfc, ý: 0xfd, ỵ: 0xfe,
};
const toTcvn3 = (text: string): string => [...text].map((c) => (TCVN3_CODES[c] ? String.fromCharCode(TCVN3_CODES[c]!) : c)).join('');

const VNI_TONE: Record<string, string> = { '\u0300': 'ø', '\u0301': 'ù', '\u0309': 'û', '\u0303': 'õ', '\u0323': 'ï' };
const VNI_HAT: Record<string, string> = { '': 'â', '\u0300': 'à', '\u0301': 'á', '\u0309': 'å', '\u0303': 'ã', '\u0323': 'ä' };
const VNI_BREVE: Record<string, string> = { '': 'ê', '\u0300': 'è', '\u0301': 'é', '\u0309': 'ú', '\u0303': 'ü', '\u0323': 'ë' };
const VNI_OWN: Record<string, string> = { đ: 'ñ', ỉ: 'æ', ĩ: 'ó', ị: 'ò', ỵ: 'î', í: 'í', ì: 'ì' };
function toVniLetter(c: string): string {
  const lower = c.toLowerCase();
  const up = (s: string): string => (c === lower ? s : s.toUpperCase());
  if (VNI_OWN[lower]) return up(VNI_OWN[lower]!);
  const [base, ...marks] = lower.normalize('NFD');
  const tone = marks.find((m) => VNI_TONE[m]) ?? '';
  if (marks.includes('\u0302')) return up(base! + VNI_HAT[tone]!);
  if (marks.includes('\u0306')) return up(base! + VNI_BREVE[tone]!);
  if (marks.includes('\u031b')) return up((base === 'o' ? 'ô' : 'ö') + (tone ? VNI_TONE[tone]! : ''));
  return tone ? up(base! + VNI_TONE[tone]!) : c;
}
const toVni = (text: string): string => [...text].map(toVniLetter).join('');

const PARAGRAPH = 'Sáng 11/01/2023, Ban Dân vận Tỉnh ủy tổ chức Hội nghị tổng kết công tác dân vận năm 2022, triển khai nhiệm vụ năm 2023; đồng chí Phó Bí thư Thường trực phát biểu chỉ đạo, nhấn mạnh phong trào thi đua “Dân vận khéo” ở cơ sở.';

describe('the conversion tables', () => {
  it('TCVN3 converts every lowercase letter and the capitals it has', () => {
    expect(tcvn3ToUnicode(toTcvn3(LOWER))).toBe(LOWER);
    expect(tcvn3ToUnicode(toTcvn3('ĂÂÊÔƠƯĐ'))).toBe('ĂÂÊÔƠƯĐ');
    expect(tcvn3ToUnicode(toTcvn3(PARAGRAPH))).toBe(PARAGRAPH);
  });
  it('VNI converts every letter, lowercase and capital', () => {
    expect(vniToUnicode(toVni(LOWER))).toBe(LOWER);
    expect(vniToUnicode(toVni(UPPER))).toBe(UPPER);
    expect(vniToUnicode(toVni(PARAGRAPH))).toBe(PARAGRAPH);
  });
  it('real samples as they come out of old documents', () => {
    expect(tcvn3ToUnicode('Céng hoµ x· héi chñ nghÜa ViÖt Nam')).toBe('Cộng hoà xã hội chủ nghĩa Việt Nam');
    expect(tcvn3ToUnicode('§éc lËp - Tù do - H¹nh phóc')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(vniToUnicode('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(vniToUnicode('ñöôïc nhöõng Chæ thò Myõ')).toBe('được những Chỉ thị Mỹ');
  });
});

describe('detection', () => {
  it('finds TCVN3 and VNI text read as Latin-1, and names which', () => {
    expect(detectLegacy(toTcvn3(PARAGRAPH))).toEqual({ encoding: 'tcvn3', converted: PARAGRAPH });
    expect(detectLegacy(toVni(PARAGRAPH))).toEqual({ encoding: 'vni', converted: PARAGRAPH });
    expect(detectLegacy('Céng hoµ x· héi chñ nghÜa ViÖt Nam')?.encoding).toBe('tcvn3');
    expect(detectLegacy('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam')?.encoding).toBe('vni');
  });
  it('never takes Unicode Vietnamese or other languages for it', () => {
    const samples = [
      PARAGRAPH, 'Kích thước 5 µm', 'Zürich và München', 'Café crème à la française', 'El niño está aquí, señor', 'São Paulo, Brasil',
      'Ångström', 'Hà Nam là quê hương', '© 2024 Ban Dân vận', 'Giá 10.000 ₫ ± 5%',
    ];
    for (const text of samples) expect(detectLegacy(text), text).toBeUndefined();
    // The sample site: every line of every article.
    const dir = path.join(REPO, 'content/bai-viet');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
      for (const line of readFileSync(path.join(dir, name), 'utf8').split('\n')) expect(detectLegacy(line), `${name}: ${line}`).toBeUndefined();
    }
  });
  it('counts words that cannot be Vietnamese', () => {
    expect(badSyllables(PARAGRAPH)).toBe(0);
    expect(badSyllables('Céng hoµ x· héi')).toBeGreaterThanOrEqual(2);
    expect(badSyllables('tiếếng')).toBe(1); // two tone marks
  });
});

describe('combining marks NFC cannot place', () => {
  it('repairs the plain cases silently: a repeated mark, marks in the wrong order', async () => {
    const { repairMarks } = await import('../../src/vi/combining-marks.js');
    expect(repairMarks('Hơ\u031Bp tác'.normalize('NFC'))).toEqual({ text: 'Hơp tác', findings: [] });
    expect(repairMarks('tie\u0301\u0302ng'.normalize('NFC'))).toEqual({ text: 'tiếng', findings: [] });
    expect(repairMarks('Hà Nội')).toEqual({ text: 'Hà Nội', findings: [] });
  });
  it('removes the others and says where: after a space, a second tone, a consonant', async () => {
    const { repairMarks } = await import('../../src/vi/combining-marks.js');
    expect(repairMarks('Vie \u0323t Nam'.normalize('NFC'))).toEqual({ text: 'Vie t Nam', findings: [{ line: 0, column: 5, codePoint: 'U+0323', after: 'space' }] });
    expect(repairMarks('Dòng một\nTiế\u0300ng'.normalize('NFC'))).toEqual({ text: 'Dòng một\nTiếng', findings: [{ line: 1, column: 4, codePoint: 'U+0300', after: 'tone' }] });
    expect(repairMarks('n\u0309a'.normalize('NFC')).findings).toEqual([{ line: 0, column: 2, codePoint: 'U+0309', after: 'letter' }]);
  });
});

describe('Windows-1258 files', () => {
  it('a file in that code page reads as Vietnamese; a Latin-1 or UTF-8 one does not', async () => {
    const { decodeWindows1258 } = await import('../../src/vi/legacy-encodings.js');
    expect(decodeWindows1258(toWindows1258(PARAGRAPH))).toBe(PARAGRAPH);
    expect(decodeWindows1258(toWindows1258(PARAGRAPH.toUpperCase()))).toBe(PARAGRAPH.toUpperCase());
    expect(toWindows1258(LOWER + UPPER)).toHaveLength([...(LOWER + UPPER).normalize('NFD')].length - [...(LOWER + UPPER).normalize('NFD')].filter((c) => ['\u0302', '\u0306', '\u031B'].includes(c)).length);
    expect(decodeWindows1258(Buffer.from('Café crème à la française, señor', 'latin1'))).toBeUndefined();
  });
});

describe('VIQR (marks typed after the letter)', () => {
  /** Our own encoder (RFC 1456): base, shape ( ^ +, tone ' ` ? ~ ., dd for đ. */
  function toViqr(text: string): string {
    const SHAPE: Record<string, string> = { '\u0306': '(', '\u0302': '^', '\u031B': '+' };
    const TONE: Record<string, string> = { '\u0301': "'", '\u0300': '`', '\u0309': '?', '\u0303': '~', '\u0323': '.' };
    return [...text].map((c) => {
      if (c === 'đ') return 'dd';
      if (c === 'Đ') return 'DD';
      const [base, ...marks] = c.normalize('NFD');
      return base + marks.filter((m) => SHAPE[m]).map((m) => SHAPE[m]).join('') + marks.filter((m) => TONE[m]).map((m) => TONE[m]).join('');
    }).join('');
  }
  it('converts every letter, and a whole line of it is found', async () => {
    const { viqrToUnicode } = await import('../../src/vi/legacy-encodings.js');
    const words = 'Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2022, người dân đồng thuận, phong trào thi đua khắp nơi';
    expect(viqrToUnicode(toViqr(words))).toBe(words);
    expect(detectLegacy(toViqr(words))).toEqual({ encoding: 'viqr', converted: words });
    for (const letter of [...LOWER, ...UPPER]) expect(viqrToUnicode(`${toViqr(letter)}n`), letter).toBe(`${letter}n`);
  });
  it('leaves ASCII text with ^ ~ + ( ? . alone', () => {
    for (const text of ['x^2 + y^2 = z^2 and a~b', 'Hello world. Is it? Yes (maybe) 2+2', 'C++ và Node.js', 'Giá ~10.000 đồng']) expect(detectLegacy(text), text).toBeUndefined();
  });
});
