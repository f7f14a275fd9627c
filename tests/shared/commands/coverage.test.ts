/**
 * The menu, the palette and the toolbar share one command list. The rule, precisely:
 * - every toolbar button's command is in the list, and the commands the list marks `toolbar` are exactly the toolbar's buttons;
 * - every command in the list appears in the menu template (the recent command once per recent script),
 *   on every platform, exactly once, and every command item of the template is a listed command;
 * - the palette shows exactly the enabled commands of the state (minus itself), each recent script as its own entry.
 */
import { describe, expect, it } from 'vitest';
import type { AppState } from '../../../shared/commands/app-state.ts';
import { COMMAND_IDS, COMMANDS } from '../../../shared/commands/command-list.ts';
import { buildMenuTemplate, commandItems } from '../../../shared/commands/menu-template.ts';
import { paletteEntries } from '../../../shared/commands/palette.ts';
import { TOOLBAR_COMMANDS } from '../../../renderer/editor/toolbar-commands.ts';

const t = (key: string) => key;
const STATES: AppState[] = [
  { screen: 'library', editor: false, editable: false, recent: [], panels: [], zoom: 100 },
  { screen: 'script', editor: true, editable: true, recent: [{ id: 'x', title: 'X' }], panels: ['coach'], zoom: 200 },
  { screen: 'script', editor: true, editable: false, recent: [{ id: 'x', title: 'X' }, { id: 'y', title: 'Y' }], panels: [], zoom: 50 },
  { screen: 'other', editor: true, editable: false, recent: [], panels: [], zoom: 120 },
];

describe('one command list for menu, palette and toolbar', () => {
  it('the list has each id once and every id a spec', () => {
    expect(new Set(COMMANDS.map((c) => c.id)).size).toBe(COMMANDS.length);
    expect(COMMANDS.map((c) => c.id).sort()).toEqual([...COMMAND_IDS].sort());
  });

  it('toolbar ⊆ list, and the list’s toolbar commands = the toolbar', () => {
    const listed = new Set(COMMAND_IDS as readonly string[]);
    expect(TOOLBAR_COMMANDS.filter((id) => !listed.has(id))).toEqual([]);
    expect([...TOOLBAR_COMMANDS].sort()).toEqual(COMMANDS.filter((c) => c.toolbar).map((c) => c.id).sort());
  });

  it.each(['darwin', 'win32', 'linux'] as const)('every listed command is in the %s menu exactly once', (platform) => {
    for (const state of STATES) {
      const items = commandItems(buildMenuTemplate({ commands: COMMANDS, t, platform, state }));
      const counts = new Map<string, number>();
      for (const i of items) counts.set(i.command!, (counts.get(i.command!) ?? 0) + 1);
      for (const spec of COMMANDS) {
        const expected = spec.menu.submenu === 'recent' ? state.recent.length : 1;
        expect([spec.id, counts.get(spec.id) ?? 0]).toEqual([spec.id, expected]);
      }
      expect([...counts.keys()].filter((id) => !COMMAND_IDS.includes(id as never))).toEqual([]);
    }
  });

  it('the palette shows every enabled command and nothing else', () => {
    for (const state of STATES) {
      const shown = paletteEntries(COMMANDS, state, t).map((e) => (e.arg ? `${e.command}:${e.arg}` : e.command));
      const expected = COMMANDS.filter((c) => c.enabled(state) && c.id !== 'view.palette').flatMap((c) =>
        c.menu.submenu === 'recent' ? state.recent.map((r) => `${c.id}:${r.id}`) : [c.id],
      );
      expect(shown).toEqual(expected);
    }
  });
});
