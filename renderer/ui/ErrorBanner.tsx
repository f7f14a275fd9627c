import { useTranslation } from 'react-i18next';
import { translateError } from '../i18n/index.ts';

/** A translated error message with a dismiss button; announced to screen readers. */
export function ErrorBanner({ error, onClose }: { error: unknown; onClose(): void }) {
  const { t } = useTranslation('app');
  return (
    <div className="error-banner" role="alert" data-testid="error">
      <span>{translateError(error)}</span>
      <button type="button" onClick={onClose} aria-label={t('dismiss')}>
        ×
      </button>
    </div>
  );
}
