import { describe, expect, it } from 'vitest';
import { dictionaryWords } from '../../../renderer/settings/dictionary-words.ts';

describe('dictionaryWords', () => {
  it.each<[string, string, string[]]>([
    ['one a line', 'Blorbina\nZorvak\n', ['Blorbina', 'Zorvak']],
    ['spaces and blank lines', '  Blorbina   Zorvak\n\n\nTejo ', ['Blorbina', 'Zorvak', 'Tejo']],
    ['each word once, whatever its case (the first spelling kept)', 'Blorbina\nblorbina\nBLORBINA', ['Blorbina']],
    ['longer than a word can be', 'ok ' + 'x'.repeat(65), ['ok']],
    ['empty', '', []],
  ])('%s', (_name, text, expected) => {
    expect(dictionaryWords(text)).toEqual(expected);
  });
});
