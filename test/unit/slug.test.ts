import { describe, expect, it } from 'vitest';
import { capSlug, isValidSlug, slugify, stripDiacritics, titleSlug } from '../../src/vi/slug.js';

describe('slugify', () => {
  it('strips Vietnamese diacritics and maps đ/Đ to d', () => {
    expect(slugify('Đoàn công tác về Hà Quảng')).toBe('doan-cong-tac-ve-ha-quang');
    expect(slugify('Hội nghị tổng kết công tác dân vận năm 2022, triển khai nhiệm vụ năm 2023')).toBe(
      'hoi-nghi-tong-ket-cong-tac-dan-van-nam-2022-trien-khai-nhiem-vu-nam-2023',
    );
    expect(slugify('ĐẢNG BỘ TỈNH')).toBe('dang-bo-tinh');
  });
  it('gives the same slug for composed and decomposed input', () => {
    const composed = 'Dân vận khéo';
    expect(slugify(composed.normalize('NFD'))).toBe(slugify(composed));
  });
  it('turns punctuation and quotes into single hyphens, trimmed', () => {
    expect(slugify('“Dân vận khéo” -- gương sáng!  ')).toBe('dan-van-kheo-guong-sang');
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
  });
  it('keeps case when only stripping', () => {
    expect(stripDiacritics('Ủy ban Nhân dân')).toBe('Uy ban Nhan dan');
  });
});

describe('titleSlug', () => {
  it('a title whose slug exceeds file-name limits is cut at a hyphen, never inside a syllable', () => {
    const title = 'Hội nghị tổng kết công tác dân vận năm 2022 và triển khai nhiệm vụ năm 2023 '.repeat(6);
    const slug = titleSlug(title);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toBe('hoi-nghi-tong-ket-cong-tac-dan-van-nam-2022-va-trien-khai-nhiem-vu-nam-2023-hoi');
    expect(slugify(title).startsWith(`${slug}-`)).toBe(true);
  });
  it('keeps short slugs whole and cuts a single over-long word only when there is no hyphen', () => {
    expect(titleSlug('Đoàn công tác về Hà Quảng')).toBe('doan-cong-tac-ve-ha-quang');
    expect(capSlug('a'.repeat(120))).toBe('a'.repeat(80));
    expect(capSlug(`${'a'.repeat(80)}-b`)).toBe('a'.repeat(80));
    expect(capSlug(`${'a'.repeat(79)}-bc`)).toBe('a'.repeat(79));
  });
});

describe('isValidSlug', () => {
  it('accepts slug form only', () => {
    expect(isValidSlug('hoi-nghi-2023')).toBe(true);
    for (const bad of ['../x', 'a/b', 'Hoi-nghi', 'hội-nghị', 'a--b', '-a', '']) expect(isValidSlug(bad)).toBe(false);
  });
});
