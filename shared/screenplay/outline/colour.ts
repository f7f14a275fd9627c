/**
 * A card's colour. It is not stored: the JSON model (contract 2) has no field for it, and a
 * colour the writer picks per card would be lost in Fountain and need a new field in FDX's
 * reader. Instead a card takes the colour of its act (its outermost section), so the board shows
 * the structure at a glance and the colour survives every format because the sections do.
 */

/** Soft card tints that keep black text readable in both themes; they repeat after eight acts. */
export const CARD_COLOURS = ['#dbeafe', '#fce7f3', '#fef9c3', '#dcfce7', '#ffedd5', '#ede9fe', '#cffafe', '#fee2e2'] as const;

/** Cards before any section. */
export const UNSECTIONED_COLOUR = '#f3f4f6';

export function cardColour(topSection: number): string {
  return topSection < 0 ? UNSECTIONED_COLOUR : CARD_COLOURS[topSection % CARD_COLOURS.length];
}
