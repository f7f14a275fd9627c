/** Find and replace panel: next/previous, replace, replace all, match case. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Range, Transforms } from 'slate';
import { ReactEditor, useSlateStatic } from 'slate-react';
import { findAll, findNext, replaceAll } from './find.ts';
import { mountAllChunks } from './chunk-mount.tsx';
import type { ScriptBlock } from './types.ts';
import { markInserted } from './revisions/mark-inserted.ts';

export function FindReplace({ onClose, readOnly }: { onClose(): void; readOnly: boolean }) {
  const { t } = useTranslation('editor');
  const editor = useSlateStatic();
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [matchCase, setMatchCase] = useState(false);
  const [status, setStatus] = useState('');

  const go = (backwards = false) => {
    const r = findNext(editor, query, { matchCase }, backwards);
    if (!r) return setStatus(t('notFound'));
    Transforms.select(editor, r);
    mountAllChunks(editor);
    const dom = ReactEditor.toDOMRange(editor, r);
    dom.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    setStatus(t('matches', { count: findAll(editor.children as ScriptBlock[], query, { matchCase }).length }));
  };

  const replaceOne = () => {
    const sel = editor.selection;
    const matches = findAll(editor.children as ScriptBlock[], query, { matchCase });
    if (sel && matches.some((m) => Range.equals(Range.isBackward(sel) ? { anchor: sel.focus, focus: sel.anchor } : sel, m))) {
      Transforms.insertText(editor, replacement, { at: sel });
      markInserted(editor, Range.start(sel), replacement.length);
    }
    go();
  };

  return (
    <aside className="side-panel find-panel" aria-label={t('find')}>
      <h2>{t('find')}</h2>
      <label>
        {t('findLabel')}
        <input
          autoFocus
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') go(e.shiftKey);
            if (e.key === 'Escape') onClose();
          }}
        />
      </label>
      <label>
        {t('replaceLabel')}
        <input value={replacement} onChange={(e) => setReplacement(e.target.value)} disabled={readOnly} />
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={matchCase} onChange={(e) => setMatchCase(e.target.checked)} /> {t('matchCase')}
      </label>
      <div className="row">
        <button type="button" onClick={() => go(true)}>{t('previous')}</button>
        <button type="button" onClick={() => go()}>{t('next')}</button>
      </div>
      <div className="row">
        <button type="button" disabled={readOnly} onClick={replaceOne}>{t('replace')}</button>
        <button
          type="button"
          disabled={readOnly}
          onClick={() => setStatus(t('replaced', { count: replaceAll(editor, query, replacement, { matchCase }) }))}
        >
          {t('replaceAll')}
        </button>
      </div>
      <p role="status">{status}</p>
      <button type="button" onClick={onClose}>{t('close')}</button>
    </aside>
  );
}
