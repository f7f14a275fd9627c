import { describe, expect, it } from 'vitest';
import { nextOrder, sortCharacters } from '../../../renderer/reports/sort.ts';

const cast = [
  { name: 'SARI', speeches: 12, words: 300, scenes: 5 },
  { name: 'BUDI', speeches: 12, words: 420, scenes: 3 },
  { name: 'ANI', speeches: 2, words: 20, scenes: 2 },
];
const names = (order: Parameters<typeof sortCharacters>[1]) => sortCharacters(cast, order).map((c) => c.name);

describe('character table sorting', () => {
  it('sorts by any column, ties broken by name', () => {
    expect(names({ column: 'speeches', descending: true })).toEqual(['BUDI', 'SARI', 'ANI']);
    expect(names({ column: 'words', descending: true })).toEqual(['BUDI', 'SARI', 'ANI']);
    expect(names({ column: 'scenes', descending: false })).toEqual(['ANI', 'BUDI', 'SARI']);
    expect(names({ column: 'name', descending: false })).toEqual(['ANI', 'BUDI', 'SARI']);
    expect(cast.map((c) => c.name)).toEqual(['SARI', 'BUDI', 'ANI']); // the input is left alone
  });

  it('a new column starts largest first (names A–Z); the same column reverses', () => {
    expect(nextOrder({ column: 'speeches', descending: true }, 'words')).toEqual({ column: 'words', descending: true });
    expect(nextOrder({ column: 'speeches', descending: true }, 'name')).toEqual({ column: 'name', descending: false });
    expect(nextOrder({ column: 'words', descending: true }, 'words')).toEqual({ column: 'words', descending: false });
  });
});
