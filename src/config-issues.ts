// Why a configuration value was refused, in Vietnamese and English, from a zod issue.
import type { z } from 'zod';
import { PERMALINK_TOKENS } from './config-values.js';

export interface IssueText {
  readonly vi: string;
  readonly en: string;
  readonly hintVi?: string;
  readonly hintEn?: string;
}

// Keyed by the messages of our refinements in config.ts.
const PROBLEMS: Record<string, IssueText> = {
  url: { vi: 'phải là địa chỉ đầy đủ của tên miền, ví dụ https://danvan.caobang.gov.vn', en: 'must be the full address of the domain, e.g. https://example.gov.vn', hintVi: 'Đường dẫn con (như /portal/) đặt ở basePath.', hintEn: 'Put a sub-path (like /portal/) in basePath.' },
  basePath: {
    vi: 'phải bắt đầu và kết thúc bằng “/”, ví dụ / hoặc /portal/; không được có đoạn rỗng (“//”) hay “.”, “..”',
    en: 'must start and end with "/", e.g. / or /portal/, with no empty ("//") or "." or ".." segments',
  },
  locale: {
    vi: 'không phải mã ngôn ngữ dạng ngôn-ngữ[-VÙNG], ví dụ vi-VN hoặc vi',
    en: 'is not a language tag of the form language[-REGION], e.g. vi-VN or vi',
    hintVi: 'Giá trị này được ghi vào <html lang> của mọi trang và vào các nguồn tin; trang tiếng Việt dùng vi-VN.',
    hintEn: 'It is written into every page\'s <html lang> and into the feeds; a Vietnamese site uses vi-VN.',
  },
  timeZone: {
    vi: 'không phải múi giờ IANA, ví dụ Asia/Ho_Chi_Minh', en: 'is not an IANA time zone, e.g. Asia/Ho_Chi_Minh',
    hintVi: 'Viết tên múi giờ, không viết độ lệch như +07:00: Việt Nam là Asia/Ho_Chi_Minh.', hintEn: 'Write a zone name, not an offset like +07:00: Vietnam is Asia/Ho_Chi_Minh.',
  },
  permalink: { vi: `phải bắt đầu bằng “/”, kết thúc bằng “/” hoặc “.html”, chứa {slug} và chỉ dùng ${PERMALINK_TOKENS.map((t) => `{${t}}`).join(', ')}`, en: `must start with "/", end with "/" or ".html", contain {slug} and use only ${PERMALINK_TOKENS.map((t) => `{${t}}`).join(', ')}` },
  searchPath: { vi: 'phải là đường dẫn bắt đầu và kết thúc bằng “/”, chỉ gồm chữ thường không dấu, chữ số và gạch ngang, ví dụ /tim-kiem/', en: 'must be a path starting and ending with "/", of lowercase ASCII letters, digits and hyphens, e.g. /tim-kiem/' },
  slug: { vi: 'chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang', en: 'use only lowercase ASCII letters, digits and hyphens' },
  serviceUrl: { vi: 'phải là địa chỉ http:// hoặc https:// đầy đủ', en: 'must be a full http:// or https:// address' },
};

const QUOTE_HINT = { hintVi: 'Muốn dùng đúng chữ đó thì đặt trong ngoặc kép, ví dụ: title: "2023"', hintEn: 'To use it as text, put it in double quotes, e.g. title: "2023"' };

export function describeIssue(issue: z.core.$ZodIssue): IssueText {
  const known = PROBLEMS[issue.message];
  if (known) return known;
  switch (issue.code) {
    case 'invalid_type':
      return describeType(issue.expected, issue.input);
    case 'too_small':
      return issue.origin === 'string' ? { vi: 'không được để trống', en: 'must not be empty' } : { vi: `phải ít nhất ${issue.minimum}`, en: `must be at least ${issue.minimum}` };
    case 'too_big':
      return issue.origin === 'array' ? { vi: `có nhiều nhất ${issue.maximum} mục`, en: `must have at most ${issue.maximum} items` } : { vi: `phải nhiều nhất ${issue.maximum}`, en: `must be at most ${issue.maximum}` };
    case 'invalid_union':
      return { vi: 'mỗi mục menu cần “label” và “url”, hoặc “category”', en: 'each menu item needs "label" and "url", or "category"' };
    case 'invalid_key':
    case 'invalid_value':
      return { vi: 'không phải giá trị được hỗ trợ', en: 'is not a supported value' };
    default:
      return { vi: issue.message, en: issue.message };
  }
}

/** Type mistakes YAML makes easy: `title: 2023` is a number, `pageSize: .inf` infinity, `pageSize: "10"` text. */
function describeType(expected: string, input: unknown): IssueText {
  if (input === undefined) return { vi: 'bắt buộc phải có', en: 'is required' };
  if (input === null) return { vi: 'đang để trống', en: 'is empty' };
  if (expected === 'string' && (typeof input === 'number' || typeof input === 'boolean')) {
    return { vi: `phải là chuỗi chữ (YAML đọc ${String(input)} là ${typeof input === 'number' ? 'một số' : 'true/false'})`, en: `must be text (YAML reads ${String(input)} as a ${typeof input === 'number' ? 'number' : 'boolean'})`, ...QUOTE_HINT };
  }
  if (expected === 'int') return { vi: 'phải là số nguyên, ví dụ 10', en: 'must be a whole number, e.g. 10' };
  if (expected === 'number' && typeof input === 'number') return { vi: 'phải là một số hữu hạn, ví dụ 10 (không dùng .inf hay .nan)', en: 'must be a finite number, e.g. 10 (not .inf or .nan)' };
  if (expected === 'number' && typeof input === 'string') {
    return { vi: 'phải là số', en: 'must be a number', hintVi: 'Viết số không có ngoặc kép, ví dụ: pageSize: 10', hintEn: 'Write the number without quotes, e.g. pageSize: 10' };
  }
  return { vi: `phải là ${typeNameVi(expected)}`, en: `must be ${expected}` };
}

function typeNameVi(t: string): string {
  return ({ string: 'chuỗi chữ', number: 'số', boolean: 'true hoặc false', array: 'danh sách', object: 'nhóm khóa: giá trị' } as Record<string, string>)[t] ?? t;
}
