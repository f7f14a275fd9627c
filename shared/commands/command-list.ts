/**
 * The app's commands, listed once. The Electron menu (menu-template.ts), the command palette and
 * the toolbar are all built from this list, and every one of them runs a command by its id through
 * the renderer's registry, so a command means the same thing wherever the writer finds it.
 * Pure data: labels are i18n keys of the `commands` namespace, accelerators are platform-neutral
 * ("Mod" is Cmd on macOS, Ctrl elsewhere; see accelerator.ts), enabled rules read a small AppState.
 */
import type { AppState } from './app-state.ts';

export const ELEMENT_COMMANDS = [
  'format.scene_heading',
  'format.action',
  'format.character',
  'format.parenthetical',
  'format.dialogue',
  'format.transition',
  'format.shot',
] as const;

export const COMMAND_IDS = [
  'file.new',
  'file.open',
  'file.openRecent',
  'file.exportPdf',
  'file.exportFountain',
  'file.exportFdx',
  'file.print',
  'file.sendForReview',
  'file.close',
  'edit.undo',
  'edit.redo',
  'edit.find',
  'edit.replace',
  ...ELEMENT_COMMANDS,
  'format.bold',
  'format.italic',
  'format.underline',
  'format.dual',
  'view.scenes',
  'view.coach',
  'view.titlePage',
  'view.theme',
  'view.zoomIn',
  'view.zoomOut',
  'view.zoomReset',
  'view.zoomFit',
  'view.focusMode',
  'view.typewriter',
  'view.palette',
  'view.indexCards',
  'script.reports',
  'script.snapshots',
  'script.lockSceneNumbers',
  'script.rename',
  'script.revisionMode',
  'script.startRevision',
  'script.clearRevision',
  'script.structure',
  'help.guide',
  'help.about',
] as const;

export type CommandId = (typeof COMMAND_IDS)[number];

export type MenuName = 'file' | 'edit' | 'format' | 'view' | 'script' | 'help';

/** A key with the platform's command modifier ("Mod"), optionally Shift and/or Alt; `plain`: no modifier (F1). */
export interface Accel {
  key: string;
  plain?: boolean;
  shift?: boolean;
  alt?: boolean;
}

export interface CommandSpec {
  id: CommandId;
  /** Key in the `commands` namespace. */
  label: string;
  /** `mac` overrides `other` on macOS (Redo is Shift+Cmd+Z there, Ctrl+Y elsewhere). */
  accel?: { other: Accel; mac?: Accel };
  enabled(state: AppState): boolean;
  /** Where it sits in the menu bar: menu, group (a separator between groups), optional submenu. */
  menu: { menu: MenuName; group: number; submenu?: 'export' | 'recent' };
  /** Shown as a button on the editor's toolbar (renderer/editor/toolbar-commands.ts lays them out). */
  toolbar?: boolean;
  /** A toggle whose state the menu shows as a check box. */
  checked?(state: AppState): boolean;
}

const always = () => true;
const scriptOpen = (s: AppState) => s.screen === 'script';
const editorShown = (s: AppState) => s.editor;
const editable = (s: AppState) => s.editor && s.editable;

/** The zoom of the paper, in percent: the View menu's steps and limits. */
export const ZOOM = { min: 50, max: 200, step: 10, default: 100 } as const;

const ELEMENT_LABELS: Record<(typeof ELEMENT_COMMANDS)[number], string> = {
  'format.scene_heading': 'format.scene_heading',
  'format.action': 'format.action',
  'format.character': 'format.character',
  'format.parenthetical': 'format.parenthetical',
  'format.dialogue': 'format.dialogue',
  'format.transition': 'format.transition',
  'format.shot': 'format.shot',
};

const elementCommands: CommandSpec[] = ELEMENT_COMMANDS.map((id, i) => ({
  id,
  label: ELEMENT_LABELS[id],
  accel: { other: { key: String(i + 1) } },
  enabled: editable,
  menu: { menu: 'format', group: 0 },
}));

export const COMMANDS: readonly CommandSpec[] = [
  { id: 'file.new', label: 'file.new', accel: { other: { key: 'n' } }, enabled: always, menu: { menu: 'file', group: 0 } },
  { id: 'file.open', label: 'file.open', accel: { other: { key: 'o' } }, enabled: always, menu: { menu: 'file', group: 0 } },
  { id: 'file.openRecent', label: 'file.openRecent', enabled: (s) => s.recent.length > 0, menu: { menu: 'file', group: 0, submenu: 'recent' } },
  { id: 'file.exportPdf', label: 'file.exportPdf', accel: { other: { key: 'e', shift: true } }, enabled: scriptOpen, menu: { menu: 'file', group: 1, submenu: 'export' } },
  { id: 'file.exportFountain', label: 'file.exportFountain', enabled: scriptOpen, menu: { menu: 'file', group: 1, submenu: 'export' } },
  { id: 'file.exportFdx', label: 'file.exportFdx', enabled: scriptOpen, menu: { menu: 'file', group: 1, submenu: 'export' } },
  { id: 'file.print', label: 'file.print', accel: { other: { key: 'p' } }, enabled: scriptOpen, menu: { menu: 'file', group: 1 } },
  { id: 'file.sendForReview', label: 'file.sendForReview', enabled: scriptOpen, menu: { menu: 'file', group: 2 } },
  { id: 'file.close', label: 'file.close', accel: { other: { key: 'w' } }, enabled: scriptOpen, menu: { menu: 'file', group: 3 } },
  { id: 'edit.undo', label: 'edit.undo', accel: { other: { key: 'z' } }, enabled: editable, menu: { menu: 'edit', group: 0 }, toolbar: true },
  { id: 'edit.redo', label: 'edit.redo', accel: { other: { key: 'y' }, mac: { key: 'z', shift: true } }, enabled: editable, menu: { menu: 'edit', group: 0 }, toolbar: true },
  { id: 'edit.find', label: 'edit.find', accel: { other: { key: 'f' } }, enabled: editorShown, menu: { menu: 'edit', group: 2 }, toolbar: true },
  { id: 'edit.replace', label: 'edit.replace', accel: { other: { key: 'h' }, mac: { key: 'f', alt: true } }, enabled: editable, menu: { menu: 'edit', group: 2 } },
  ...elementCommands,
  { id: 'format.bold', label: 'format.bold', accel: { other: { key: 'b' } }, enabled: editable, menu: { menu: 'format', group: 1 }, toolbar: true },
  { id: 'format.italic', label: 'format.italic', accel: { other: { key: 'i' } }, enabled: editable, menu: { menu: 'format', group: 1 }, toolbar: true },
  { id: 'format.underline', label: 'format.underline', accel: { other: { key: 'u' } }, enabled: editable, menu: { menu: 'format', group: 1 }, toolbar: true },
  { id: 'format.dual', label: 'format.dual', enabled: editable, menu: { menu: 'format', group: 1 }, toolbar: true },
  { id: 'view.scenes', label: 'view.scenes', enabled: editorShown, menu: { menu: 'view', group: 0 }, toolbar: true, checked: (s) => s.panels.includes('scenes') },
  { id: 'view.coach', label: 'view.coach', enabled: editorShown, menu: { menu: 'view', group: 0 }, toolbar: true, checked: (s) => s.panels.includes('coach') },
  { id: 'view.titlePage', label: 'view.titlePage', enabled: editorShown, menu: { menu: 'view', group: 0 }, toolbar: true, checked: (s) => s.panels.includes('title') },
  { id: 'view.indexCards', label: 'view.indexCards', enabled: editorShown, menu: { menu: 'view', group: 0 } },
  { id: 'view.theme', label: 'view.theme', enabled: always, menu: { menu: 'view', group: 1 } },
  { id: 'view.zoomIn', label: 'view.zoomIn', accel: { other: { key: '=' } }, enabled: (s) => editorShown(s) && s.zoom < ZOOM.max, menu: { menu: 'view', group: 2 } },
  { id: 'view.zoomOut', label: 'view.zoomOut', accel: { other: { key: '-' } }, enabled: (s) => editorShown(s) && s.zoom > ZOOM.min, menu: { menu: 'view', group: 2 } },
  { id: 'view.zoomReset', label: 'view.zoomReset', accel: { other: { key: '0' } }, enabled: (s) => editorShown(s) && s.zoom !== ZOOM.default, menu: { menu: 'view', group: 2 } },
  // Fit page width: the zoom follows the room beside the open panels until Ctrl+= / Ctrl+- / Ctrl+0 pick a zoom again.
  { id: 'view.zoomFit', label: 'view.zoomFit', enabled: editorShown, menu: { menu: 'view', group: 2 }, checked: (s) => s.zoomFit === true },
  // Focus mode dims the desk's chrome to the page; typewriter scrolling keeps the caret's line at one height.
  { id: 'view.focusMode', label: 'view.focusMode', enabled: editorShown, menu: { menu: 'view', group: 2 }, checked: (s) => s.focus === true },
  { id: 'view.typewriter', label: 'view.typewriter', enabled: editorShown, menu: { menu: 'view', group: 2 }, checked: (s) => s.typewriter === true },
  { id: 'view.palette', label: 'view.palette', accel: { other: { key: 'k' } }, enabled: always, menu: { menu: 'view', group: 3 } },
  { id: 'script.reports', label: 'script.reports', enabled: scriptOpen, menu: { menu: 'script', group: 0 } },
  { id: 'script.snapshots', label: 'script.snapshots', enabled: scriptOpen, menu: { menu: 'script', group: 0 }, checked: (s) => s.panels.includes('snapshots') },
  // The script-wide tools of the toolbar (scene number lock, rename, revision mode): in the Script menu and the palette too.
  { id: 'script.lockSceneNumbers', label: 'script.lockSceneNumbers', enabled: editable, menu: { menu: 'script', group: 1 }, toolbar: true },
  { id: 'script.rename', label: 'script.rename', enabled: editable, menu: { menu: 'script', group: 1 }, toolbar: true },
  { id: 'script.revisionMode', label: 'script.revisionMode', enabled: editable, menu: { menu: 'script', group: 2 }, toolbar: true },
  { id: 'script.startRevision', label: 'script.startRevision', enabled: editable, menu: { menu: 'script', group: 2 }, toolbar: true },
  { id: 'script.clearRevision', label: 'script.clearRevision', enabled: editable, menu: { menu: 'script', group: 2 }, toolbar: true },
  { id: 'script.structure', label: 'script.structure', enabled: editable, menu: { menu: 'script', group: 3 } },
  { id: 'help.guide', label: 'help.guide', accel: { other: { key: 'F1', plain: true } }, enabled: always, menu: { menu: 'help', group: 0 } },
  { id: 'help.about', label: 'help.about', enabled: always, menu: { menu: 'help', group: 0 } },
];

const BY_ID = new Map(COMMANDS.map((c) => [c.id, c]));

export function commandSpec(id: CommandId): CommandSpec {
  const spec = BY_ID.get(id);
  if (!spec) throw new Error(`unknown command ${id}`);
  return spec;
}

export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && BY_ID.has(value as CommandId);
}

/** The menus of the bar, in order (macOS adds the application menu in front and Window before Help). */
export const MENU_ORDER: readonly MenuName[] = ['file', 'edit', 'format', 'view', 'script', 'help'];
