/** The toolbar's revision controls: the mode toggle (contract 4), the current set, the next set, clearing the current set's marks. */
import { commands } from '../../commands/registry.ts';
import { useCommandArea } from '../../commands/use-commands.ts';
import { useTranslation } from 'react-i18next';
import type { RevisionMode } from './use-revision-mode.ts';
import './revisions.css';

export function RevisionControls({ mode, readOnly }: { mode: RevisionMode; readOnly: boolean }) {
  const { t } = useTranslation('revisions');
  const { on, current } = mode;
  useCommandArea('revisions', {
    'script.revisionMode': () => !readOnly && mode.toggle(),
    'script.startRevision': () => !readOnly && mode.startNext(),
    'script.clearRevision': () => !readOnly && mode.current && mode.clearCurrent(),
  });
  return (
    <span className="revision-controls" role="group" aria-label={t('menu')}>
      <button
        type="button"
        disabled={readOnly}
        onClick={() => commands.run('script.revisionMode')}
        aria-pressed={on}
        data-testid="revision-mode"
        data-command="script.revisionMode"
        title={current ? t('modeHint', { name: current.name }) : t('modeNoSet')}
      >
        {t('mode')}
      </button>
      {on && current && !readOnly && (
        // Seen at a glance while writing: marking is on, and with which colour.
        <span className="revision-on" role="status" data-testid="revision-indicator" style={{ borderColor: current.color }} title={t('modeHint', { name: current.name })}>
          {t('marking')}
        </span>
      )}
      {current && (
        <span className="revision-current" data-testid="revision-current">
          <span className="revision-swatch" style={{ background: current.color }} aria-hidden="true" />
          {current.date ? t('currentDated', { name: current.name, date: current.date }) : t('current', { name: current.name })}
        </span>
      )}
      <button type="button" disabled={readOnly} onClick={() => commands.run('script.startRevision')} data-testid="revision-next" data-command="script.startRevision" title={t('startNextHint')}>
        {t('startNext', { name: mode.nextName })}
      </button>
      {current && (
        <button type="button" disabled={readOnly} onClick={() => commands.run('script.clearRevision')} data-testid="revision-clear" data-command="script.clearRevision" title={t('clearHint')}>
          {t('clear', { name: current.name })}
        </button>
      )}
    </span>
  );
}
