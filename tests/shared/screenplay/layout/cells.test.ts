import { describe, expect, it } from 'vitest';
import { isWide, textCells } from '../../../../shared/screenplay/layout/cells.ts';
import { wrapText } from '../../../../shared/screenplay/layout/wrap.ts';

describe('character cells', () => {
  it('counts Hangul, CJK and kana as two cells, Latin as one', () => {
    expect(textCells('Halo')).toBe(4);
    expect(textCells('안녕')).toBe(4);
    expect(textCells('中文 ok')).toBe(7);
    expect(textCells('カ')).toBe(2);
    expect(textCells('𠀀')).toBe(2); // CJK extension B: one code point, two UTF-16 units
    expect(isWide('é'.codePointAt(0)!)).toBe(false);
  });

  it('wraps Korean at spaces within the cell width', () => {
    const text = '감사합니다. 한국어로 된 긴 대사가 줄 바꿈이 잘 되는지 확인하기 위해';
    const lines = wrapText(text, 20);
    for (const l of lines) expect(textCells(l.text)).toBeLessThanOrEqual(20);
    expect(lines.map((l) => l.text).join(' ')).toBe(text);
    for (const l of lines) expect(text.slice(l.start, l.start + l.text.length)).toBe(l.text);
  });

  it('breaks unspaced Chinese or Japanese between characters', () => {
    const lines = wrapText('我们明天早上八点在火车站见面吧', 10);
    expect(lines.map((l) => l.text)).toEqual(['我们明天早', '上八点在火', '车站见面吧']);
  });

  it('leaves Latin wrapping as it was', () => {
    expect(wrapText('Sari menuang kopi panas', 12).map((l) => l.text)).toEqual(['Sari menuang', 'kopi panas']);
  });
});

describe('hyphenated words', () => {
  it('break after the hyphen when the line is full, as Final Draft prints "down-" / "river"', () => {
    expect(wrapText('I followed that fish up-river and down-river for three days', 39).map((l) => l.text)).toEqual(['I followed that fish up-river and down-', 'river for three days']);
    // A dash between words is no hyphen: the line breaks at a space.
    expect(wrapText('strong enough -- they said', 15).map((l) => l.text)).toEqual(['strong enough', '-- they said']);
    const text = 'a well-known x';
    for (const l of wrapText(text, 7)) expect(text.slice(l.start, l.start + l.text.length)).toBe(l.text);
  });
});
