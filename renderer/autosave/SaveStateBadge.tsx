/** The script bar's "All changes saved" / "Saving…": the one part of the script screen that re-renders with the save state. */
import { useTranslation } from 'react-i18next';
import type { Signal } from '../course/edit-signal.ts';
import type { SaveState } from './autosave.ts';
import { useSaveState } from './use-draft-autosave.ts';

export function SaveStateBadge({ saveState }: { saveState: Signal<SaveState> }) {
  const { t } = useTranslation('library');
  const state = useSaveState(saveState);
  return (
    <span className="save-state" data-testid="save-state" data-state={state} role="status">
      {t(`save.${state}`)}
    </span>
  );
}
