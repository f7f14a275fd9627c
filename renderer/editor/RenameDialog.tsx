/**
 * Rename a character or a location: pick the kind and the current name, type the new one, see
 * each change before it is made (the plan from shared/screenplay/rename/plan.ts), apply it as one
 * undo step (rename.ts). e2e hooks: data-testid rename-dialog / rename-from / rename-to /
 * rename-mentions / rename-apply / rename-error, and [data-rename-edit] per change.
 */
import { commands } from '../commands/registry.ts';
import { useCommandArea } from '../commands/use-commands.ts';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReactEditor, useSlateStatic } from 'slate-react';
import type { Screenplay } from '../../shared/screenplay/model.ts';
import { planRename, renameCandidates, type RenameKind } from '../../shared/screenplay/rename/plan.ts';
import { translateMessage } from '../i18n/index.ts';
import { applyRenamePlan } from './rename.ts';
import '../ui/confirm-dialog.css';

/** Changes listed in the preview; the rest are counted in the summary. */
const SHOWN = 200;

export function RenameDialog({ read, onClose }: { read: () => Screenplay; onClose(): void }) {
  const { t } = useTranslation('rename');
  const editor = useSlateStatic();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  const elements = useMemo(() => read().elements, [read]);
  const [kind, setKind] = useState<RenameKind>('character');
  const candidates = useMemo(() => renameCandidates(elements, kind), [elements, kind]);
  const [from, setFrom] = useState(candidates[0] ?? '');
  const [to, setTo] = useState('');
  const [mentions, setMentions] = useState(false);
  const plan = useMemo(() => (to.trim() ? planRename(elements, { kind, from, to, mentions: kind === 'character' && mentions }) : null), [elements, kind, from, to, mentions]);
  const error = plan && !plan.ok ? translateMessage(plan.error) : null;

  const apply = () => {
    if (!plan?.ok) return;
    applyRenamePlan(editor, plan.value);
    onClose();
    ReactEditor.focus(editor);
  };

  return (
    <dialog
      ref={ref}
      className="confirm-dialog rename-dialog"
      aria-labelledby="rename-title"
      data-testid="rename-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id="rename-title">{t('title')}</h2>
      <fieldset>
        <legend>{t('kind')}</legend>
        {(['character', 'location'] as const).map((k) => (
          <label key={k}>
            <input
              type="radio"
              name="rename-kind"
              checked={kind === k}
              data-testid={`rename-kind-${k}`}
              onChange={() => {
                setKind(k);
                setFrom(renameCandidates(elements, k)[0] ?? '');
              }}
            />{' '}
            {t(k)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('from')}{' '}
        <select value={from} onChange={(e) => setFrom(e.target.value)} data-testid="rename-from">
          {candidates.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('to')} <input value={to} onChange={(e) => setTo(e.target.value)} data-testid="rename-to" maxLength={200} />
      </label>
      {kind === 'character' && (
        <label>
          <input type="checkbox" checked={mentions} onChange={(e) => setMentions(e.target.checked)} data-testid="rename-mentions" /> {t('mentions')}
        </label>
      )}
      {error && (
        <p role="alert" className="error" data-testid="rename-error">
          {error}
        </p>
      )}
      {plan?.ok && (
        <section aria-label={t('preview')} data-testid="rename-preview">
          <h3>{t('preview')}</h3>
          <p>
            {t('summary', {
              cues: t('cues', { count: plan.value.counts.cue }),
              headings: t('headings', { count: plan.value.counts.heading }),
              mentions: t('mentionsCount', { count: plan.value.counts.mention }),
            })}
          </p>
          <ul className="confirm-dialog-body">
            {plan.value.edits.slice(0, SHOWN).map((e) => {
              const text = elements[e.index].text;
              return (
                <li key={`${e.index}:${e.start}`} data-rename-edit={e.kind}>
                  {text.slice(Math.max(0, e.start - 30), e.start)}
                  <del>{e.before}</del>
                  <ins>{e.after}</ins>
                  {text.slice(e.end, e.end + 30)}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <div className="row confirm-dialog-actions">
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
        <button type="button" onClick={apply} disabled={!plan?.ok} data-testid="rename-apply">
          {t('apply')}
        </button>
      </div>
    </dialog>
  );
}

/** The toolbar's "Rename…" and the dialog it opens. */
export function RenameButton({ read, readOnly }: { read: () => Screenplay; readOnly: boolean }) {
  const { t } = useTranslation('rename');
  const [open, setOpen] = useState(false);
  useCommandArea('rename', { 'script.rename': () => !readOnly && setOpen(true) });
  return (
    <>
      <button type="button" disabled={readOnly} onClick={() => commands.run('script.rename')} data-testid="open-rename" data-command="script.rename">
        {t('open')}
      </button>
      {open && <RenameDialog read={read} onClose={() => setOpen(false)} />}
    </>
  );
}
