/**
 * Which part of the UI carries out which command. Each area registers exactly its commands
 * (useCommandArea's type demands a handler for every one), and a test checks that the areas
 * together cover the command list once — so a listed command nobody can run fails the build.
 */
import { ELEMENT_COMMANDS, type CommandId } from '../../shared/commands/command-list.ts';

export const COMMAND_AREAS = {
  /** renderer/App.tsx (and its dialogs): works on every screen. */
  app: ['file.new', 'file.open', 'file.openRecent', 'view.theme', 'view.zoomIn', 'view.zoomOut', 'view.zoomReset', 'view.zoomFit', 'view.focusMode', 'view.typewriter', 'view.palette', 'help.guide', 'help.about'],
  /** renderer/library/ScriptScreen.tsx: the open script. */
  script: ['file.exportPdf', 'file.exportFountain', 'file.exportFdx', 'file.print', 'file.close', 'script.reports', 'script.snapshots'],
  /** renderer/editor/SceneNumberLock.tsx, RenameDialog.tsx, revisions/RevisionControls.tsx: the toolbar's script tools. */
  sceneLock: ['script.lockSceneNumbers'],
  rename: ['script.rename'],
  revisions: ['script.revisionMode', 'script.startRevision', 'script.clearRevision'],
  /** renderer/cards/use-index-cards.ts (held by ScriptEditor.tsx): the index cards over the page. */
  cards: ['view.indexCards', 'script.structure'],
  /** renderer/review/TraineeReviewBar.tsx. */
  review: ['file.sendForReview'],
  /** renderer/editor/ScriptEditor.tsx (use-editor-commands.ts): the page and its panels. */
  editor: [
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
  ],
} as const satisfies Record<string, readonly CommandId[]>;

export type CommandArea = keyof typeof COMMAND_AREAS;
export type AreaCommand<A extends CommandArea> = (typeof COMMAND_AREAS)[A][number];
