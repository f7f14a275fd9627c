/**
 * One accelerator, three spellings: Electron's menu string ("Cmd+Shift+Z" on macOS, "Ctrl+Y"
 * elsewhere), the label the palette shows ("⇧⌘Z" / "Ctrl+Y", as each platform prints shortcuts),
 * and the test of a keyboard event the renderer's key map runs. Pure: the platform is an argument.
 */
import type { Accel, CommandSpec } from './command-list.ts';

export type Platform = 'darwin' | 'win32' | 'linux';

export function accelFor(spec: Pick<CommandSpec, 'accel'>, platform: Platform): Accel | undefined {
  if (!spec.accel) return undefined;
  return platform === 'darwin' ? (spec.accel.mac ?? spec.accel.other) : spec.accel.other;
}

/** Electron's names for keys that are not a single letter or digit. */
const ELECTRON_KEY: Record<string, string> = { '=': 'Plus', '-': '-', '0': '0' };

function keyName(key: string): string {
  return ELECTRON_KEY[key] ?? (key.length === 1 ? key.toUpperCase() : key);
}

/** The accelerator string of Electron's MenuItem: Cmd on macOS, Ctrl elsewhere (never CmdOrCtrl, so tests see what each gets). */
export function electronAccelerator(accel: Accel | undefined, platform: Platform): string | undefined {
  if (!accel) return undefined;
  const parts: string[] = [];
  if (!accel.plain) parts.push(platform === 'darwin' ? 'Cmd' : 'Ctrl');
  if (accel.alt) parts.push(platform === 'darwin' ? 'Option' : 'Alt');
  if (accel.shift) parts.push('Shift');
  parts.push(keyName(accel.key));
  return parts.join('+');
}

/** What the palette prints beside a command: macOS symbols in Apple's order (⌥⇧⌘), "Ctrl+Shift+E" elsewhere. */
export function shortcutLabel(accel: Accel | undefined, platform: Platform): string {
  if (!accel) return '';
  const key = accel.key === '=' ? '+' : accel.key.length === 1 ? accel.key.toUpperCase() : accel.key;
  if (platform === 'darwin') return `${accel.alt ? '⌥' : ''}${accel.shift ? '⇧' : ''}${accel.plain ? '' : '⌘'}${key}`;
  return [accel.plain ? '' : 'Ctrl', accel.alt ? 'Alt' : '', accel.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}

export interface KeyLike {
  key: string;
  code?: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  altKey?: boolean;
}

/**
 * Whether a keydown is this accelerator. The command modifier must be held and the other one not
 * (Ctrl+Cmd+Z on a Mac is not Cmd+Z). Zoom in also answers "+" (Shift+= on most layouts, the
 * keypad's plus), and Alt-combinations are matched on the physical key, since macOS Option turns
 * "f" into "ƒ".
 */
export function matchesKey(accel: Accel, e: KeyLike, platform: Platform): boolean {
  const mac = platform === 'darwin';
  const command = mac ? !!e.metaKey : !!e.ctrlKey;
  const other = mac ? !!e.ctrlKey : !!e.metaKey;
  if (accel.plain ? command || other : !command || other) return false;
  if (!!e.altKey !== !!accel.alt) return false;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (accel.key === '=' && (key === '=' || key === '+')) return true;
  if (!!e.shiftKey !== !!accel.shift) return false;
  if (key === accel.key) return true;
  return !!accel.alt && e.code === `Key${accel.key.toUpperCase()}`;
}
