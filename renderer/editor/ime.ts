/**
 * Keys that belong to an input method. While an IME composes (Korean jamo into a syllable,
 * Japanese kana into kanji), Enter confirms the composition, Tab and the arrows move in its own
 * candidate list: the editor must not also split the block, change its element type or accept an
 * autocomplete suggestion. Browsers mark such keys with `isComposing`; the key that confirms a
 * composition comes as keyCode 229 ("processed by the IME"), on macOS after compositionend, when
 * `isComposing` is already false — so both are checked (the W3C UI Events note on keyCode 229).
 */
export interface ImeKeyData {
  isComposing?: boolean;
  keyCode?: number;
}

export const IME_PROCESS_KEY = 229;

export function isImeKey(e: ImeKeyData): boolean {
  return e.isComposing === true || e.keyCode === IME_PROCESS_KEY;
}
