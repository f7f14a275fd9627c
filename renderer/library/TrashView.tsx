/**
 * The Trash (contract 4: data-testid="trash", one item per deleted script). Restore puts a script
 * back; "Delete forever" and "Empty Trash" ask first, naming what goes, because nothing brings it
 * back. Scripts left here go for good TRASH_DAYS after they were deleted.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { counted } from '../i18n/index.ts';
import { TRASH_DAYS, type TrashItem } from '../../shared/api/trash.ts';
import { invoke } from '../api.ts';
import { clearJournal } from '../autosave/journal.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { libraryState } from './library-state.ts';
import './trash.css';

type Pending = { kind: 'one'; item: TrashItem } | { kind: 'all'; items: TrashItem[] };

/** A script deleted for good leaves nothing behind in this browser either (the unsaved-edits journal). */
function forgetLocally(id: string): void {
  try {
    clearJournal(localStorage, id);
  } catch {
    // No storage (private mode): nothing was kept there.
  }
  libraryState.forget(id);
}

export function TrashView({ items, date, act }: { items: TrashItem[]; date(iso: string): string; act(fn: () => Promise<unknown>): Promise<void> }) {
  const { t } = useTranslation('trash');
  const [pending, setPending] = useState<Pending | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const restore = (item: TrashItem) =>
    act(async () => {
      await invoke('library.restore', { id: item.id });
      libraryState.forget(item.id);
      setDone(t('restored', { title: item.title }));
    });

  const confirm = () => {
    const p = pending;
    setPending(null);
    if (!p) return;
    void act(async () => {
      if (p.kind === 'one') {
        await invoke('library.deleteForever', { id: p.item.id });
        forgetLocally(p.item.id);
        setDone(t('deletedForever', { title: p.item.title }));
      } else {
        await invoke('library.emptyTrash', { ids: p.items.map((i) => i.id) });
        for (const i of p.items) forgetLocally(i.id);
        setDone(t('emptied', { count: p.items.length }));
      }
    });
  };

  return (
    <section className="trash" data-testid="trash" aria-labelledby="trash-title">
      <div className="trash-head">
        <p className="muted" id="trash-title">
          {t('explain', { days: counted('days', TRASH_DAYS) })}
        </p>
        {items.length > 0 && (
          <button type="button" className="danger" onClick={() => setPending({ kind: 'all', items })} data-testid="empty-trash">
            {t('emptyTrash')}
          </button>
        )}
      </div>
      {done && (
        <p role="status" className="trash-done" data-testid="trash-status">
          {done}
        </p>
      )}
      {items.length === 0 && <p className="empty">{t('empty')}</p>}
      <ul className="script-list">
        {items.map((s) => (
          <li key={s.id} className="script-item trash-item" data-testid="trash-item" data-id={s.id}>
            <div className="trash-info">
              <span className="script-title">{s.title}</span>
              <span className="script-meta">{t('meta', { deleted: date(s.deletedAt), purge: date(s.purgeAt) })}</span>
            </div>
            <div className="script-actions">
              <button type="button" onClick={() => void restore(s)} aria-label={t('restoreNamed', { title: s.title })} data-testid="trash-restore">
                {t('restore')}
              </button>
              <button type="button" className="danger" onClick={() => setPending({ kind: 'one', item: s })} aria-label={t('deleteForeverNamed', { title: s.title })} data-testid="trash-delete-forever">
                {t('deleteForever')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {pending?.kind === 'one' && (
        <ConfirmDialog
          testId="confirm-delete-forever"
          title={t('confirmTitle', { title: pending.item.title })}
          confirmLabel={t('confirm')}
          cancelLabel={t('cancel')}
          onConfirm={confirm}
          onCancel={() => setPending(null)}
        >
          <p>{t('confirmBody', { title: pending.item.title })}</p>
        </ConfirmDialog>
      )}
      {pending?.kind === 'all' && (
        <ConfirmDialog
          testId="confirm-empty-trash"
          title={t('emptyConfirmTitle')}
          confirmLabel={t('emptyConfirm')}
          cancelLabel={t('cancel')}
          onConfirm={confirm}
          onCancel={() => setPending(null)}
        >
          <p>{t('emptyConfirmBody', { count: pending.items.length })}</p>
          <ul>
            {pending.items.map((i) => (
              <li key={i.id}>{i.title}</li>
            ))}
          </ul>
        </ConfirmDialog>
      )}
    </section>
  );
}
