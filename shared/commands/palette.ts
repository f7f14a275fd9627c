/**
 * The command palette's entries: every enabled command (the recent scripts as one entry each),
 * filtered by what the writer typed. Matching ignores case and accents and accepts the words of
 * the query in any order, so "pdf ex", "Ekspor PDF" and "내보내기" each find Export PDF in their language.
 */
import type { AppState } from './app-state.ts';
import type { CommandId, CommandSpec } from './command-list.ts';

export interface PaletteEntry {
  command: CommandId;
  arg?: string;
  label: string;
  /** The command's own label for a recent script ("Open recent"), shown before the script's title. */
  group?: string;
}

export function paletteEntries(commands: readonly CommandSpec[], state: AppState, t: (key: string) => string): PaletteEntry[] {
  const out: PaletteEntry[] = [];
  for (const spec of commands) {
    if (!spec.enabled(state) || spec.id === 'view.palette') continue;
    if (spec.menu.submenu === 'recent') {
      for (const r of state.recent) out.push({ command: spec.id, arg: r.id, label: r.title || t('file.untitled'), group: t(spec.label) });
    } else out.push({ command: spec.id, label: t(spec.label) });
  }
  return out;
}

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

export function filterEntries(entries: readonly PaletteEntry[], query: string): PaletteEntry[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((e) => {
    const text = fold(`${e.group ?? ''} ${e.label}`);
    return words.every((w) => text.includes(w));
  });
}
