/**
 * Writing a card's text back to the script: the scene's (or section's) synopsis element is
 * changed, created right after the heading, or removed when the text is cleared, so the script
 * itself holds what the card shows (Fountain `=` lines, FDX's synopsis).
 */
import type { OutlineCard, OutlineSection } from './outline.ts';

export type SynopsisEdit =
  | { kind: 'set'; at: number; text: string }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'remove'; at: number }
  | { kind: 'none' };

/** The one edit that makes `owner`'s synopsis read `text` (trimmed; line breaks kept). */
export function synopsisEdit(owner: Pick<OutlineCard | OutlineSection, 'start' | 'synopsisAt' | 'synopsis'>, text: string): SynopsisEdit {
  const next = text.trim();
  if (owner.synopsisAt === undefined) return next ? { kind: 'insert', at: owner.start + 1, text: next } : { kind: 'none' };
  if (!next) return { kind: 'remove', at: owner.synopsisAt };
  return next === owner.synopsis ? { kind: 'none' } : { kind: 'set', at: owner.synopsisAt, text: next };
}
