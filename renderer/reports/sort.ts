/** Sorting of the Reports view's character table by any column, the name as tie-breaker. */
import type { CharacterStats } from '../../shared/screenplay/stats.ts';

export type CharacterColumn = 'name' | 'speeches' | 'words' | 'scenes';
export interface SortOrder {
  column: CharacterColumn;
  descending: boolean;
}

export function sortCharacters(list: readonly CharacterStats[], order: SortOrder): CharacterStats[] {
  const dir = order.descending ? -1 : 1;
  return [...list].sort((a, b) => {
    const primary = order.column === 'name' ? a.name.localeCompare(b.name) : a[order.column] - b[order.column];
    return primary * dir || a.name.localeCompare(b.name);
  });
}

/** Clicking a column sorts by it (numbers largest first, names A–Z); clicking again reverses. */
export function nextOrder(current: SortOrder, column: CharacterColumn): SortOrder {
  if (current.column === column) return { column, descending: !current.descending };
  return { column, descending: column !== 'name' };
}
