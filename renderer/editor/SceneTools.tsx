/** Script-wide tools on the toolbar: the scene number lock and rename. */
import type { Screenplay } from '../../shared/screenplay/model.ts';
import { RenameButton } from './RenameDialog.tsx';
import { SceneNumberLock } from './SceneNumberLock.tsx';
import type { ScreenplayEditor } from './types.ts';

/** The model as read from the editor, with the editor's lock (a top-level field the blocks do not hold). */
export function withLockFlag(script: Screenplay, editor: ScreenplayEditor): Screenplay {
  return editor.lockedSceneNumbers ? { ...script, lockedSceneNumbers: true } : script;
}

export function SceneTools({ read, readOnly, onChanged }: { read: () => Screenplay; readOnly: boolean; onChanged(): void }) {
  return (
    <>
      <SceneNumberLock read={read} readOnly={readOnly} onChanged={onChanged} />
      <RenameButton read={read} readOnly={readOnly} />
    </>
  );
}
