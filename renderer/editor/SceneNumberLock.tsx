/** The toolbar's lock for scene numbers: locking and unlocking each ask first (both restart the undo history). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSlateStatic } from 'slate-react';
import type { Screenplay } from '../../shared/screenplay/model.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { setNumbersLocked } from './locked-numbers.ts';
import { commands } from '../commands/registry.ts';
import { useCommandArea } from '../commands/use-commands.ts';

export function SceneNumberLock({ read, onChanged, readOnly }: { read: () => Screenplay; onChanged(): void; readOnly: boolean }) {
  const { t } = useTranslation('rename');
  const editor = useSlateStatic();
  const [locked, setLocked] = useState(editor.lockedSceneNumbers === true);
  const [asking, setAsking] = useState(false);
  // The button, the Script menu and the palette all ask the same way.
  useCommandArea('sceneLock', { 'script.lockSceneNumbers': () => !readOnly && setAsking(true) });
  const toggle = () => {
    setNumbersLocked(editor, !locked, read);
    setLocked(!locked);
    setAsking(false);
    onChanged();
  };
  return (
    <>
      <button type="button" disabled={readOnly} aria-pressed={locked} title={t('lockHint')} data-testid="lock-scene-numbers" data-command="script.lockSceneNumbers" onClick={() => commands.run('script.lockSceneNumbers')}>
        {locked ? t('unlock') : t('lock')}
      </button>
      {asking && (
        <ConfirmDialog
          title={locked ? t('unlockTitle') : t('lockTitle')}
          confirmLabel={locked ? t('confirmUnlock') : t('confirmLock')}
          cancelLabel={t('cancel')}
          onConfirm={toggle}
          onCancel={() => setAsking(false)}
          testId="lock-confirm"
        >
          <p>{locked ? t('unlockBody') : t('lockBody')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
