// Command-line overrides of the configuration (a light module: the build applies them without
// loading the configuration's parser).
import type { ResolvedConfig } from './config.js';
import { canonicalBaseUrl, isValidBasePath, isValidBaseUrl } from './config-values.js';
import { printable } from './config-text.js';
import { deepFreeze } from './deep-freeze.js';
import { UsageError } from './errors.js';

/**
 * Apply command-line overrides (they win over the file), checked like the file's own values: a
 * caller that skipped the command line's checks gets a usage error, not a site under "/../".
 */
export function withOverrides(config: ResolvedConfig, overrides: { basePath?: string; baseUrl?: string; preview?: boolean }): ResolvedConfig {
  const { basePath, baseUrl, preview } = overrides;
  if (basePath !== undefined && !isValidBasePath(basePath)) {
    throw new UsageError(`--base-path "${printable(basePath)}": phải bắt đầu và kết thúc bằng "/", không có đoạn rỗng, "." hay ".." (must start and end with "/", with no empty, "." or ".." segments), ví dụ /portal/`);
  }
  if (baseUrl !== undefined && !isValidBaseUrl(baseUrl)) {
    throw new UsageError(`--base-url "${printable(baseUrl)}": phải là tên miền đầy đủ (must be a full domain), ví dụ https://danvan.example.vn`);
  }
  return deepFreeze({
    ...config, ...(basePath !== undefined && { basePath }), ...(baseUrl !== undefined && { baseUrl: canonicalBaseUrl(baseUrl) }), ...(preview && { preview }),
    strings: config.strings, categories: config.categories, menu: config.menu,
  });
}
