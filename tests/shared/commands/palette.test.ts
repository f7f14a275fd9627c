import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../shared/commands/command-list.ts';
import { filterEntries, paletteEntries } from '../../../shared/commands/palette.ts';
import { windowTitle } from '../../../shared/commands/window-title.ts';

const labels: Record<string, string> = { 'file.exportPdf': 'Ekspor PDF…', 'file.print': 'Cetak…', 'file.openRecent': 'Buka yang terakhir', 'format.scene_heading': 'Judul adegan' };
const t = (k: string) => labels[k] ?? k;

describe('palette entries', () => {
  const entries = paletteEntries(COMMANDS, { screen: 'script', editor: true, editable: true, recent: [{ id: 'r1', title: 'Café Malam' }], panels: [], zoom: 100 }, t);

  it('filters by words in any order, ignoring case and accents', () => {
    expect(filterEntries(entries, 'pdf ekspor').map((e) => e.command)).toEqual(['file.exportPdf']);
    expect(filterEntries(entries, 'CAFE').map((e) => [e.command, e.arg])).toEqual([['file.openRecent', 'r1']]);
    expect(filterEntries(entries, 'terakhir malam')).toHaveLength(1);
    expect(filterEntries(entries, '  ')).toHaveLength(entries.length);
    expect(filterEntries(entries, 'zzz')).toEqual([]);
  });

  it('never lists itself', () => {
    expect(entries.some((e) => e.command === 'view.palette')).toBe(false);
  });
});

describe('window title', () => {
  it('shows the script and its save state as each platform does', () => {
    expect(windowTitle(null, 'saved', 'linux')).toEqual({ title: 'Naskah', edited: false });
    expect(windowTitle('Hujan', 'saved', 'linux')).toEqual({ title: 'Hujan — Naskah', edited: false });
    expect(windowTitle('Hujan', 'unsaved', 'win32')).toEqual({ title: '• Hujan — Naskah', edited: true });
    expect(windowTitle('Hujan', 'saving', 'darwin')).toEqual({ title: 'Hujan — Naskah', edited: true });
    expect(windowTitle('  ', 'error', 'darwin')).toEqual({ title: '— — Naskah', edited: true });
  });
});
