// The sample site's configuration stays valid, with no warning, as the hostile-input checks tighten.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('the sample configuration', () => {
  it('the sample baotinh.config.yaml resolves with no diagnostic', () => {
    const result = resolveConfig(readFileSync(path.join(ROOT, 'baotinh.config.yaml'), 'utf8'), ROOT);
    expect(result.diagnostics).toEqual([]);
    expect(result.config?.locale).toBe('vi-VN');
    expect(result.config?.baseUrl).toBe('https://danvan.example.vn');
  });
});
