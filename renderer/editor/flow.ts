/**
 * Final Draft-style element flow as data: what Enter creates after each element, what Tab and
 * Shift+Tab turn an element into, and the Ctrl/Cmd+digit shortcuts.
 */
import type { ElementType } from '../../shared/screenplay/model.ts';
import { TYPED_HEADING_START } from '../../shared/screenplay/rules/heading.ts';

export function nextOnEnter(type: ElementType, afterDialogue: 'action' | 'character'): ElementType {
  switch (type) {
    case 'scene_heading':
      return 'action';
    case 'character':
    case 'parenthetical':
      return 'dialogue';
    case 'dialogue':
      return afterDialogue;
    case 'transition':
      return 'scene_heading';
    default:
      return 'action';
  }
}

/** Ctrl/Cmd + 1…7 (Final Draft's order). */
export const SHORTCUT_TYPES: Record<string, ElementType> = {
  '1': 'scene_heading',
  '2': 'action',
  '3': 'character',
  '4': 'parenthetical',
  '5': 'dialogue',
  '6': 'transition',
  '7': 'shot',
};

export type TabAction =
  | { kind: 'convert'; to: ElementType }
  | { kind: 'insert-after'; type: ElementType }
  | { kind: 'none' };

/**
 * Tab: empty action → character; end of character → new parenthetical; empty character →
 * transition; dialogue → parenthetical (converted when empty, inserted after otherwise);
 * parenthetical → dialogue (likewise).
 */
export function tabAction(type: ElementType, empty: boolean, atEnd: boolean): TabAction {
  switch (type) {
    case 'action':
      return empty ? { kind: 'convert', to: 'character' } : { kind: 'none' };
    case 'character':
      if (empty) return { kind: 'convert', to: 'transition' };
      return atEnd ? { kind: 'insert-after', type: 'parenthetical' } : { kind: 'none' };
    case 'dialogue':
      return empty ? { kind: 'convert', to: 'parenthetical' } : atEnd ? { kind: 'insert-after', type: 'parenthetical' } : { kind: 'none' };
    case 'parenthetical':
      return empty ? { kind: 'convert', to: 'dialogue' } : { kind: 'insert-after', type: 'dialogue' };
    default:
      return { kind: 'none' };
  }
}

/** Shift+Tab walks the Tab conversions back. */
export function shiftTabTarget(type: ElementType): ElementType | undefined {
  switch (type) {
    case 'character':
      return 'action';
    case 'transition':
      return 'character';
    case 'parenthetical':
      return 'dialogue';
    case 'dialogue':
      return 'parenthetical';
    default:
      return undefined;
  }
}

/** An action that starts like this becomes a scene heading as it is typed (rules/heading.ts). */
export const SCENE_START = TYPED_HEADING_START;
