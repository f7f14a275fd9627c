/** The mentor's form for a new comment or note: severity and text. Ctrl/⌘+Enter saves, Escape cancels. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { commandHeld } from '../ui/modifier-key.ts';
import { SEVERITIES, type Severity } from '../../shared/review/feedback.ts';

export function CommentComposer(props: { heading: string; quote: string | null; onSave(body: string, severity: Severity): Promise<boolean>; onCancel(): void }) {
  const { t } = useTranslation('review');
  const [body, setBody] = useState('');
  const [severity, setSeverity] = useState<Severity>('suggestion');
  const [busy, setBusy] = useState(false);
  const save = async () => {
    if (!body.trim() || busy) return;
    setBusy(true);
    const ok = await props.onSave(body.trim(), severity);
    setBusy(false);
    if (ok) setBody('');
  };
  return (
    <form
      className="comment-card composer"
      data-testid="comment-composer"
      aria-label={props.heading}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onCancel();
        if (e.key === 'Enter' && commandHeld(e)) {
          e.preventDefault();
          void save();
        }
      }}
    >
      <strong>{props.heading}</strong>
      {props.quote !== null && <blockquote className="comment-quote static">“{props.quote}”</blockquote>}
      <fieldset className="severity-choice">
        <legend className="visually-hidden">{t('ui.severity')}</legend>
        {SEVERITIES.map((s) => (
          <label key={s} className={`severity-option badge-${s}`}>
            <input type="radio" name="severity" value={s} checked={severity === s} onChange={() => setSeverity(s)} data-testid={`severity-${s}`} />
            {t(`severity.${s}`)}
          </label>
        ))}
      </fieldset>
      <textarea
        rows={4}
        value={body}
        autoFocus
        aria-label={t('ui.commentText')}
        placeholder={t('ui.commentPlaceholder')}
        data-testid="comment-text"
        onChange={(e) => setBody(e.target.value)}
      />
      <div className="row">
        <button type="submit" className="primary" disabled={!body.trim() || busy} data-testid="comment-save">
          {t('ui.save')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('ui.cancel')}
        </button>
      </div>
    </form>
  );
}
