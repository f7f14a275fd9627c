/** Pack and bundle text in the UI language: Korean optional, English in its place. */
import { describe, expect, it } from 'vitest';
import { pickText } from '../../../shared/i18n/pick-text.ts';

describe('pickText', () => {
  const both = { en: 'Fix a page', id: 'Perbaiki satu halaman' };
  const all = { ...both, ko: '한 쪽 고치기' };

  it('shows each UI language its own text', () => {
    expect(pickText(all, 'en')).toBe('Fix a page');
    expect(pickText(all, 'id')).toBe('Perbaiki satu halaman');
    expect(pickText(all, 'ko')).toBe('한 쪽 고치기');
    expect(pickText(all, 'ko-KR')).toBe('한 쪽 고치기');
  });

  it('falls back to English where a pack has no Korean, and for languages it does not know', () => {
    expect(pickText(both, 'ko')).toBe('Fix a page');
    expect(pickText(all, 'fr')).toBe('Fix a page');
  });
});
