/**
 * A browser workaround: the editing host is made "plaintext-only" (Slate does all rich editing
 * itself). Why: React, before every commit, measures the selection inside a focused
 * contenteditable="true" element by walking its whole DOM — 17 ms per keystroke at 12,000 blocks.
 * It skips other values. Returns the ref for the element that holds the editor.
 */
import { useEffect, useRef, type RefObject } from 'react';

export function usePlaintextHost(readOnly: boolean): RefObject<HTMLDivElement | null> {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const host = holder.current?.querySelector('[data-slate-editor]');
    if (host && !readOnly) host.setAttribute('contenteditable', 'plaintext-only');
  }, [readOnly]);
  return holder;
}
