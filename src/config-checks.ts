// Checks that look at more than one value, or at what a value will do once published:
// category references, folders, menu links (errors) and live-service addresses (warnings).
import path from 'node:path';
import type { RawConfig } from './config-schema.js';
import type { ConfigPath } from './config-text.js';
import { linkUrlProblem, localAddressKind } from './config-values.js';
import { diagnostic, type Diagnostic } from './errors.js';
import { closestMatch } from './suggest.js';

export type PositionOf = (p: ConfigPath, key?: boolean) => { line?: number; column?: number };

interface Where {
  readonly file: string;
  readonly source: string;
  readonly at: PositionOf;
}

export function checkReferences(c: RawConfig, where: Where): Diagnostic[] {
  const { file, source, at } = where;
  const out: Diagnostic[] = [];
  const slugs = c.categories.map((x) => x.slug);
  c.categories.forEach((cat, i) => {
    if (slugs.indexOf(cat.slug) !== i) {
      out.push(diagnostic('CONFIG_INVALID', { key: `categories[${i}].slug`, problem: `trùng với chuyên mục trước (“${cat.slug}”)`, problemEn: `duplicates an earlier category ("${cat.slug}")` }, { file, ...at(['categories', i, 'slug']), source }));
    }
  });
  c.menu.forEach((item, i) => {
    if ('category' in item && !slugs.includes(item.category)) {
      const suggestion = closestMatch(item.category, slugs);
      out.push(diagnostic('CONFIG_INVALID', {
        key: `menu[${i}].category`,
        problem: `không có chuyên mục “${item.category}”${suggestion ? `; có phải “${suggestion}”?` : ''}`,
        problemEn: `there is no category "${item.category}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
      }, { file, ...at(['menu', i, 'category']), source }));
    }
  });
  for (const [key, folder] of [...Object.entries(c.folders).map(([k, v]) => [`folders.${k}`, v] as const), ['viewsFile', c.viewsFile] as const]) {
    if (path.isAbsolute(folder) || folder.split(/[\\/]/).includes('..') || folder.trim() === '' || folder === '.') {
      out.push(diagnostic('CONFIG_INVALID', { key, problem: 'phải là đường dẫn bên trong dự án (không dùng “..” hay đường dẫn tuyệt đối)', problemEn: 'must be a path inside the project (no ".." or absolute paths)' }, { file, ...at(key.split('.')), source }));
    }
  }
  return [...out, ...checkMenuLinks(c, where)];
}

/** A menu link is on every page: only addresses that cannot run code or leave for another host unawares. */
function checkMenuLinks(c: RawConfig, { file, source, at }: Where): Diagnostic[] {
  const out: Diagnostic[] = [];
  c.menu.forEach((item, i) => {
    if (!('url' in item)) return;
    const problem = linkUrlProblem(item.url);
    if (!problem) return;
    out.push(diagnostic('CONFIG_INVALID', {
      key: `menu[${i}].url`,
      problem: problem === 'characters' ? 'có khoảng trắng hoặc ký tự điều khiển' : 'chỉ được là đường dẫn trong trang (bắt đầu bằng một dấu “/”), địa chỉ http:// hoặc https://, mailto: hoặc tel:',
      problemEn: problem === 'characters' ? 'contains spaces or control characters' : 'may only be a site path (starting with one "/"), an http:// or https:// address, mailto: or tel:',
      hintVi: 'Ví dụ: url: /lien-he/ hoặc url: https://caobang.gov.vn. Các dạng như javascript: hay data: không được nhận vì chúng chạy mã trên máy bạn đọc.',
      hintEn: 'E.g. url: /lien-he/ or url: https://caobang.gov.vn. Forms like javascript: or data: are refused: they run code on readers\' machines.',
    }, { file, ...at(['menu', i, 'url']), source }));
  });
  return out;
}

/** Live services are called by readers' browsers: an address on the reader's own machine or network is a mistake. */
export function checkServiceAddresses(c: RawConfig, { file, source, at }: Where): Diagnostic[] {
  const { counter, stats, feedback } = c.live;
  const urls: [ConfigPath, string | undefined][] = [
    [['live', 'counter', 'url'], counter?.url],
    [['live', 'counter', 'record'], counter?.type === 'generic' ? counter.record : undefined],
    [['live', 'stats', 'url'], stats?.url],
    [['live', 'feedback', 'endpoint'], feedback?.endpoint],
  ];
  return urls.flatMap(([p, url]) => {
    const kind = url === undefined ? undefined : localAddressKind(url);
    return kind ? [diagnostic('CONFIG_SERVICE_LOCAL', { key: p.join('.'), url: url!, kind }, { file, ...at(p), source }, 'warning')] : [];
  });
}
