/**
 * The application menu as a pure function of the command list, the language (a translator of the
 * `commands` namespace), the platform and the app's state. electron/main.ts only turns the items
 * that carry a `command` into clicks that ask the renderer to run it; everything the menu shows —
 * order, labels, accelerators, enabled and checked states, the Recent submenu — is decided here.
 *
 * Accelerators are shown but not registered with the system (registerAccelerator: false): the
 * page's own key map (renderer/commands/key-map.ts) runs them, in Electron and in browser mode
 * alike, so a key never runs its command twice. (macOS ignores that flag; there Chromium gives
 * the page the key first and a handled key — preventDefault — never reaches the menu.)
 */
import type { AppState } from './app-state.ts';
import { accelFor, electronAccelerator, type Platform } from './accelerator.ts';
import { MENU_ORDER, type CommandId, type CommandSpec, type MenuName } from './command-list.ts';

/** Electron's own menu roles we keep: the clipboard, macOS's application and Window menus. */
export type MenuRole = 'cut' | 'copy' | 'paste' | 'selectAll' | 'services' | 'hide' | 'hideOthers' | 'unhide' | 'quit' | 'windowMenu' | 'help';

export interface MenuItemTemplate {
  label?: string;
  role?: MenuRole;
  type?: 'normal' | 'separator' | 'submenu' | 'checkbox';
  accelerator?: string;
  registerAccelerator?: boolean;
  enabled?: boolean;
  checked?: boolean;
  submenu?: MenuItemTemplate[];
  /** Set on items that run one of our commands (the host adds the click). */
  command?: CommandId;
  /** The command's argument: the recent script's id. */
  arg?: string;
}

export type Translate = (key: string) => string;

export interface MenuInput {
  commands: readonly CommandSpec[];
  t: Translate;
  platform: Platform;
  state: AppState;
  appName?: string;
}

const SEPARATOR: MenuItemTemplate = { type: 'separator' };

function commandItem(spec: CommandSpec, { t, platform, state }: MenuInput): MenuItemTemplate {
  const accelerator = electronAccelerator(accelFor(spec, platform), platform);
  return {
    label: t(spec.label),
    command: spec.id,
    enabled: spec.enabled(state),
    ...(spec.checked ? { type: 'checkbox' as const, checked: spec.checked(state) } : {}),
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
  };
}

function recentSubmenu(spec: CommandSpec, input: MenuInput): MenuItemTemplate {
  const { t, state } = input;
  const items: MenuItemTemplate[] =
    state.recent.length === 0
      ? [{ label: t('file.noRecent'), enabled: false }]
      : state.recent.map((r) => ({ label: r.title || t('file.untitled'), command: spec.id, arg: r.id, enabled: true }));
  return { label: t(spec.label), type: 'submenu', enabled: spec.enabled(state), submenu: items };
}

/** Groups in order with separators between them; a submenu collects its commands in one item where the first of them stands. */
function menuItems(menu: MenuName, input: MenuInput): MenuItemTemplate[] {
  const specs = input.commands.filter((c) => c.menu.menu === menu && !(input.platform === 'darwin' && c.id === 'help.about'));
  const groups = [...new Set(specs.map((c) => c.menu.group))].sort((a, b) => a - b);
  const out: MenuItemTemplate[] = [];
  for (const group of groups) {
    if (out.length > 0) out.push(SEPARATOR);
    const placedSubmenus = new Set<string>();
    for (const spec of specs.filter((c) => c.menu.group === group)) {
      const sub = spec.menu.submenu;
      if (sub === 'recent') out.push(recentSubmenu(spec, input));
      else if (sub) {
        if (placedSubmenus.has(sub)) continue;
        placedSubmenus.add(sub);
        const members = specs.filter((c) => c.menu.submenu === sub);
        out.push({ label: input.t(`submenu.${sub}`), type: 'submenu', submenu: members.map((m) => commandItem(m, input)) });
      } else out.push(commandItem(spec, input));
    }
  }
  return out;
}

/** Clipboard roles stay Electron's (the system's copy and paste), labelled in our language. */
function clipboardItems(t: Translate): MenuItemTemplate[] {
  return [
    { role: 'cut', label: t('edit.cut') },
    { role: 'copy', label: t('edit.copy') },
    { role: 'paste', label: t('edit.paste') },
    { role: 'selectAll', label: t('edit.selectAll') },
  ];
}

export function buildMenuTemplate(input: MenuInput): MenuItemTemplate[] {
  const { t, platform } = input;
  const mac = platform === 'darwin';
  const name = input.appName ?? 'Naskah';
  const menus: MenuItemTemplate[] = [];
  if (mac) {
    const about = input.commands.find((c) => c.id === 'help.about');
    menus.push({
      label: name,
      submenu: [
        ...(about ? [commandItem(about, input), SEPARATOR] : []),
        { role: 'services', label: t('app.services') },
        SEPARATOR,
        { role: 'hide', label: t('app.hide') },
        { role: 'hideOthers', label: t('app.hideOthers') },
        { role: 'unhide', label: t('app.unhide') },
        SEPARATOR,
        { role: 'quit', label: t('app.quit') },
      ],
    });
  }
  for (const menu of MENU_ORDER) {
    let items = menuItems(menu, input);
    if (menu === 'edit') {
      // Cut, copy, paste between Undo/Redo and Find, where every editor has them.
      const firstGap = items.indexOf(SEPARATOR);
      const at = firstGap < 0 ? items.length : firstGap;
      items = [...items.slice(0, at), SEPARATOR, ...clipboardItems(t), ...items.slice(at)];
    }
    if (menu === 'file' && !mac) items = [...items, SEPARATOR, { role: 'quit', label: t('app.quit') }];
    if (menu === 'help' && mac) menus.push({ role: 'windowMenu', label: t('menu.window') });
    if (items.length > 0) menus.push({ label: t(`menu.${menu}`), submenu: items, ...(menu === 'help' && mac ? { role: 'help' as const } : {}) });
  }
  return menus;
}

/** Every command item in a template, depth first (tests and the host's click wiring walk it). */
export function commandItems(template: readonly MenuItemTemplate[]): MenuItemTemplate[] {
  return template.flatMap((item) => [...(item.command ? [item] : []), ...commandItems(item.submenu ?? [])]);
}
