/**
 * The toolbar's command buttons, in order, by command id: each button runs its command through
 * the registry, as the menu and the palette do (tests/shared/commands/coverage.test.ts checks
 * this list against the commands marked `toolbar` in shared/commands/command-list.ts).
 */
import type { CommandId } from '../../shared/commands/command-list.ts';

export const TOOLBAR_LEFT: readonly CommandId[] = ['format.bold', 'format.italic', 'format.underline', 'format.dual', 'edit.undo', 'edit.redo'];
export const TOOLBAR_RIGHT: readonly CommandId[] = ['view.scenes', 'view.coach', 'edit.find', 'view.titlePage'];
/** Between the two: the script-wide tools, drawn by their own components (SceneTools, RevisionControls) with their state. */
export const TOOLBAR_TOOLS: readonly CommandId[] = ['script.lockSceneNumbers', 'script.rename', 'script.revisionMode', 'script.startRevision', 'script.clearRevision'];
export const TOOLBAR_COMMANDS: readonly CommandId[] = [...TOOLBAR_LEFT, ...TOOLBAR_TOOLS, ...TOOLBAR_RIGHT];
