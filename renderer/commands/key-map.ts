/**
 * The commands' keyboard shortcuts in the page — the only place they run, in Electron (whose menu
 * shows them without registering them) and in browser mode. `commandForKey` is pure so Node tests
 * can drive it; `installKeyMap` listens on the window after everything else: a key the editor
 * already handled (Ctrl+B in the page, preventDefault) is left alone, and in a text field the
 * editing commands give way to the field's own (Ctrl+Z undoes typing in the find box, not the script).
 */
import { accelFor, matchesKey, type KeyLike, type Platform } from '../../shared/commands/accelerator.ts';
import { COMMANDS, type CommandId } from '../../shared/commands/command-list.ts';
import { IS_MAC } from '../ui/modifier-key.ts';
import type { CommandRegistry } from './registry.ts';

export const PLATFORM: Platform = IS_MAC ? 'darwin' : 'linux';

/** Commands a text field keeps for itself: its own undo and redo, and no marks on plain text. */
function fieldOwns(id: CommandId): boolean {
  return id === 'edit.undo' || id === 'edit.redo' || id.startsWith('format.');
}

export function commandForKey(e: KeyLike, platform: Platform, inField: boolean): CommandId | null {
  for (const spec of COMMANDS) {
    const accel = accelFor(spec, platform);
    if (accel && matchesKey(accel, e, platform)) return inField && fieldOwns(spec.id) ? null : spec.id;
  }
  return null;
}

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('[data-testid=script-editor]')) return false;
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || target.isContentEditable;
}

export function installKeyMap(registry: CommandRegistry, platform: Platform = PLATFORM): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.isComposing) return;
    const id = commandForKey(e, platform, isTextField(e.target));
    if (!id) return;
    // A shortcut the app owns never reaches the browser (Ctrl+P would print the editor's screen).
    if (registry.run(id)) e.preventDefault();
    else if (id === 'file.print' || id === 'view.palette') e.preventDefault();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
