import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INITIAL_APP_STATE, type AppState } from '../../../shared/commands/app-state.ts';
import { COMMANDS } from '../../../shared/commands/command-list.ts';
import { buildMenuTemplate, commandItems, type MenuItemTemplate } from '../../../shared/commands/menu-template.ts';

function translator(lang: string) {
  const tree = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../../../shared/i18n', lang, 'commands.json'), 'utf8')) as Record<string, unknown>;
  return (key: string) => {
    const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
    if (typeof value !== 'string') throw new Error(`missing ${lang}:${key}`);
    return value;
  };
}

const SCRIPT: AppState = { screen: 'script', editor: true, editable: true, recent: [{ id: 'a1', title: 'Hujan' }, { id: 'b2', title: '' }], panels: ['scenes'], zoom: 100 };
const labels = (items: MenuItemTemplate[]) => items.map((i) => i.label ?? i.role ?? i.type);
const menu = (template: MenuItemTemplate[], label: string) => template.find((m) => m.label === label)!.submenu!;

describe('buildMenuTemplate', () => {
  it('lays out the menus in order: File, Edit, Format, View, Script, Help (macOS: app menu first, Window before Help)', () => {
    const t = translator('en');
    expect(labels(buildMenuTemplate({ commands: COMMANDS, t, platform: 'linux', state: SCRIPT }))).toEqual(['File', 'Edit', 'Format', 'View', 'Script', 'Help']);
    expect(labels(buildMenuTemplate({ commands: COMMANDS, t, platform: 'darwin', state: SCRIPT }))).toEqual(['Naskah', 'File', 'Edit', 'Format', 'View', 'Script', 'Window', 'Help']);
  });

  it('File has New, Open, Recent, Export ▸ PDF/Fountain/FDX, Print, Send for review, Close (and Quit off macOS)', () => {
    const file = menu(buildMenuTemplate({ commands: COMMANDS, t: translator('en'), platform: 'win32', state: SCRIPT }), 'File');
    expect(labels(file)).toEqual(['New script', 'Open or import…', 'Open recent', 'separator', 'Export', 'Print…', 'separator', 'Send for review…', 'separator', 'Close script', 'separator', 'Quit Naskah']);
    expect(labels(file[4].submenu!)).toEqual(['Export PDF…', 'Export Fountain', 'Export Final Draft (FDX)']);
    // The recent scripts, each running file.openRecent with its id; an untitled one still has a name.
    expect(file[2].submenu!.map((i) => [i.label, i.command, i.arg])).toEqual([
      ['Hujan', 'file.openRecent', 'a1'],
      ['Untitled', 'file.openRecent', 'b2'],
    ]);
    expect(file.find((i) => i.command === 'file.print')).toMatchObject({ accelerator: 'Ctrl+P', registerAccelerator: false, enabled: true });
  });

  it('Recent is disabled with a placeholder when there is none', () => {
    const file = menu(buildMenuTemplate({ commands: COMMANDS, t: translator('en'), platform: 'linux', state: INITIAL_APP_STATE }), 'File');
    expect(file[2]).toMatchObject({ label: 'Open recent', enabled: false, submenu: [{ label: 'No recent scripts', enabled: false }] });
  });

  it('uses Cmd on macOS and Ctrl elsewhere, with each platform’s Redo and Replace', () => {
    const acc = (platform: 'darwin' | 'linux') =>
      Object.fromEntries(commandItems(buildMenuTemplate({ commands: COMMANDS, t: translator('en'), platform, state: SCRIPT })).map((i) => [i.command, i.accelerator ?? ''])) as Record<string, string>;
    const mac = acc('darwin');
    const linux = acc('linux');
    expect([mac['edit.undo'], mac['edit.redo'], mac['edit.replace'], mac['format.scene_heading'], mac['format.shot'], mac['view.zoomIn']]).toEqual(['Cmd+Z', 'Cmd+Shift+Z', 'Cmd+Option+F', 'Cmd+1', 'Cmd+7', 'Cmd+Plus']);
    expect([linux['edit.undo'], linux['edit.redo'], linux['edit.replace'], linux['format.scene_heading'], linux['format.shot'], linux['view.zoomOut'], linux['help.guide']]).toEqual(['Ctrl+Z', 'Ctrl+Y', 'Ctrl+H', 'Ctrl+1', 'Ctrl+7', 'Ctrl+-', 'F1']);
    expect(Object.values(mac).filter((a) => a.includes('Ctrl'))).toEqual([]);
  });

  it('Format holds the seven elements on Ctrl+1…7; View has panels (checked), theme and the paper zoom — no stock zoom roles', () => {
    const template = buildMenuTemplate({ commands: COMMANDS, t: translator('en'), platform: 'linux', state: SCRIPT });
    const format = menu(template, 'Format');
    expect(format.slice(0, 7).map((i) => i.accelerator)).toEqual(['Ctrl+1', 'Ctrl+2', 'Ctrl+3', 'Ctrl+4', 'Ctrl+5', 'Ctrl+6', 'Ctrl+7']);
    const view = menu(template, 'View');
    expect(view.find((i) => i.command === 'view.scenes')).toMatchObject({ type: 'checkbox', checked: true });
    expect(view.find((i) => i.command === 'view.coach')).toMatchObject({ type: 'checkbox', checked: false });
    const roles = (items: MenuItemTemplate[]): string[] => items.flatMap((i) => [...(i.role ? [i.role] : []), ...roles(i.submenu ?? [])]);
    expect(roles(template).filter((r) => ['zoomIn', 'zoomOut', 'resetZoom', 'reload', 'forceReload', 'toggleDevTools', 'viewMenu'].includes(r))).toEqual([]);
    expect(view.filter((i) => i.role)).toEqual([]);
  });

  it('enabled follows the state: in the library only New, Open, Recent, theme, palette and Help', () => {
    const enabled = commandItems(buildMenuTemplate({ commands: COMMANDS, t: translator('en'), platform: 'linux', state: INITIAL_APP_STATE }))
      .filter((i) => i.enabled)
      .map((i) => i.command);
    expect(enabled).toEqual(['file.new', 'file.open', 'view.theme', 'view.palette', 'help.guide', 'help.about']);
    const readOnly = commandItems(buildMenuTemplate({ commands: COMMANDS, t: translator('en'), platform: 'linux', state: { ...SCRIPT, editable: false } }));
    expect(readOnly.find((i) => i.command === 'edit.undo')!.enabled).toBe(false);
    expect(readOnly.find((i) => i.command === 'edit.find')!.enabled).toBe(true);
    expect(readOnly.find((i) => i.command === 'file.print')!.enabled).toBe(true);
  });

  it('zoom steps stop at 50 % and 200 %', () => {
    const at = (zoom: number) =>
      Object.fromEntries(commandItems(buildMenuTemplate({ commands: COMMANDS, t: translator('en'), platform: 'linux', state: { ...SCRIPT, zoom } })).map((i) => [i.command, i.enabled]));
    expect([at(200)['view.zoomIn'], at(200)['view.zoomOut'], at(50)['view.zoomOut'], at(100)['view.zoomReset']]).toEqual([false, true, false, false]);
  });

  it('is translated: Indonesian and Korean labels come from their commands.json', () => {
    for (const [lang, file, print] of [['id', 'Berkas', 'Cetak…'], ['ko', '파일', '인쇄…']] as const) {
      const template = buildMenuTemplate({ commands: COMMANDS, t: translator(lang), platform: 'linux', state: SCRIPT });
      expect(template[0].label).toBe(file);
      expect(template[0].submenu!.find((i) => i.command === 'file.print')!.label).toBe(print);
    }
  });

  it('About sits in the application menu on macOS and in Help elsewhere, once', () => {
    const mac = buildMenuTemplate({ commands: COMMANDS, t: translator('en'), platform: 'darwin', state: SCRIPT });
    expect(mac[0].submenu![0].command).toBe('help.about');
    expect(commandItems(mac).filter((i) => i.command === 'help.about')).toHaveLength(1);
    expect(menu(mac, 'Help').map((i) => i.command)).toEqual(['help.guide']);
  });
});
