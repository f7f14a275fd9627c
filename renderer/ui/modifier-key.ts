/**
 * The platform's command modifier, detected in one place: Cmd (⌘) on macOS and iOS, Ctrl on
 * Linux and Windows. Pure functions of the key data, so Node tests can pass `mac` themselves.
 */

/** The modifier flags of a keyboard event (a React or DOM event, or test data). */
export interface ModifierFlags {
  ctrlKey?: boolean;
  metaKey?: boolean;
}

export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The command key is held, whatever else is (Ctrl+Enter sends a reply, Ctrl+F opens find). */
export function commandHeld(e: ModifierFlags, mac = IS_MAC): boolean {
  return !!(mac ? e.metaKey : e.ctrlKey);
}

/** The command key without the other one: an editing shortcut (Ctrl+B; on a Mac Cmd+B, not Ctrl+Cmd+B). */
export function isMod(e: ModifierFlags, mac = IS_MAC): boolean {
  return commandHeld(e, mac) && !(mac ? e.ctrlKey : e.metaKey);
}
