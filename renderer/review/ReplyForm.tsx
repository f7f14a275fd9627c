/** "Reply" under a comment: opens a small text box; Ctrl/⌘+Enter sends, Escape closes. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { commandHeld } from '../ui/modifier-key.ts';

export function ReplyForm({ onSend }: { onSend(body: string): Promise<boolean> }) {
  const { t } = useTranslation('review');
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  if (!open) {
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)} data-testid="reply-open">
        {t('trainee.reply')}
      </button>
    );
  }
  const send = async () => {
    if (!body.trim() || busy) return;
    setBusy(true);
    const ok = await onSend(body.trim());
    setBusy(false);
    if (ok) {
      setBody('');
      setOpen(false);
    }
  };
  return (
    <form
      className="reply-form"
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <textarea
        rows={2}
        value={body}
        autoFocus
        aria-label={t('ui.replyLabel')}
        data-testid="reply-body"
        onChange={(e) => setBody(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && commandHeld(e)) {
            e.preventDefault();
            void send();
          } else if (e.key === 'Escape') setOpen(false);
        }}
      />
      <div className="row">
        <button type="submit" className="primary" disabled={!body.trim() || busy} data-testid="reply-send">
          {t('ui.send')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('ui.cancel')}
        </button>
      </div>
    </form>
  );
}
