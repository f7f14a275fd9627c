/** What the window shows about opened files: the drop overlay, a notice, or the translated error. */
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../ui/ErrorBanner.tsx';
import type { DesktopOpen } from './use-desktop-open.ts';
import './desktop.css';

export function DesktopOpenLayer({ state }: { state: DesktopOpen }) {
  const { t } = useTranslation('desktop');
  return (
    <>
      {state.dragging && (
        <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
          <p className="drop-overlay-title">{t('drop.overlay')}</p>
          <p>{t('drop.hint')}</p>
        </div>
      )}
      {state.error ? (
        <div data-testid="open-error">
          <ErrorBanner error={state.error} onClose={state.dismiss} />
        </div>
      ) : null}
      {state.notice && (
        <div className="open-notice" role="status" data-testid="open-notice">
          <span>{t(state.notice.key, state.notice.params)}</span>
          <button type="button" onClick={state.dismiss} aria-label={t('notice.dismiss')}>
            ×
          </button>
        </div>
      )}
    </>
  );
}
