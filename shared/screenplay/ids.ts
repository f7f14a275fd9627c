/** Element ids: stable keys for the editor and for review anchors. Parsers assign none. */
import type { Screenplay } from './model.ts';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** 10 random base36 characters (~51 bits): collisions within one script are negligible. */
export function newElementId(): string {
  let id = '';
  const bytes = new Uint8Array(10);
  globalThis.crypto.getRandomValues(bytes);
  for (const b of bytes) id += ALPHABET[b % 36];
  return id;
}

/** Gives every element without an id (or with a duplicate one) a fresh id. */
export function withIds(script: Screenplay): Screenplay {
  const seen = new Set<string>();
  let changed = false;
  const elements = script.elements.map((el) => {
    if (el.id && !seen.has(el.id)) {
      seen.add(el.id);
      return el;
    }
    changed = true;
    let id = newElementId();
    while (seen.has(id)) id = newElementId();
    seen.add(id);
    return { ...el, id };
  });
  return changed ? { ...script, elements } : script;
}
