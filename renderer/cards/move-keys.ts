/**
 * The reorder chord of cards and the scene list: Alt+↑/↓ on Windows and Linux. On macOS
 * Option+↑/↓ already moves the caret by paragraph in every text field and Ctrl+↑/↓ opens Mission
 * Control, so there it is Ctrl+Option+↑/↓, which neither the system nor text editing uses.
 */
import { IS_MAC } from '../ui/modifier-key.ts';

export interface ChordEvent {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

export function moveDirection(e: ChordEvent, mac = IS_MAC): 'up' | 'down' | null {
  if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return null;
  if (!e.altKey || e.metaKey || e.shiftKey || e.ctrlKey !== mac) return null;
  return e.key === 'ArrowUp' ? 'up' : 'down';
}

/** How the hint names the chord. */
export function chordLabels(mac = IS_MAC): { up: string; down: string } {
  return mac ? { up: '⌃⌥↑', down: '⌃⌥↓' } : { up: 'Alt+↑', down: 'Alt+↓' };
}
