/**
 * The format coach on any script: slips a reader notices (a heading without a time of day, an
 * orphan parenthetical, a cue with no dialogue, a misplaced transition, an overlong action
 * paragraph), each with "go to" and, where the fix is obvious, a one-click fix (one undo step).
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Editor, Transforms } from 'slate';
import { ReactEditor, useSlateStatic } from 'slate-react';
import { coachScript, fixMessage, type CoachFinding } from '../../shared/screenplay/coach.ts';
import type { Paper } from '../../shared/screenplay/layout/profiles.ts';
import { translateMessage, uiLanguage } from '../i18n/index.ts';
import { applyCoachFix } from './coach-fix.ts';
import { mountAllChunks } from './chunk-mount.tsx';
import { fromSlate } from './convert.ts';
import type { ScreenplayEditor, ScriptBlock } from './types.ts';

export function CoachPanel({ version, paper, readOnly, onClose }: { version: number; paper: Paper; readOnly: boolean; onClose(): void }) {
  const { t, i18n } = useTranslation('editor');
  const editor = useSlateStatic() as ScreenplayEditor;
  const [fixes, setFixes] = useState(0);
  const findings = useMemo(
    () => coachScript(fromSlate(editor.children as ScriptBlock[], []), { paper, language: uiLanguage(i18n.language) }),
    // `version` changes after edits (debounced), `fixes` after each fix applied here.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- Slate edits its children in place: `version` and `fixes` are the change counters that say when to recompute
    [editor, paper, i18n.language, version, fixes],
  );

  const goTo = (f: CoachFinding) => {
    if (f.elementIndex >= editor.children.length) return;
    Transforms.select(editor, Editor.end(editor, [f.elementIndex]));
    ReactEditor.focus(editor);
    mountAllChunks(editor);
    ReactEditor.toDOMNode(editor, editor.children[f.elementIndex]).scrollIntoView({ block: 'center' });
  };

  const fix = (f: CoachFinding, choice?: string) => {
    if (applyCoachFix(editor, f, choice)) setFixes((n) => n + 1);
  };

  return (
    <aside className="side-panel coach-panel" aria-labelledby="coach-title" data-testid="coach">
      <div className="side-panel-head">
        <h2 id="coach-title">{t('coach.title')}</h2>
        <button type="button" onClick={onClose} aria-label={t('coach.close')}>
          ×
        </button>
      </div>
      {findings.length === 0 ? (
        <p className="muted" data-testid="coach-clean">
          {t('coach.clean')}
        </p>
      ) : (
        <ol className="coach-findings">
          {findings.map((f, n) => (
            <li key={`${f.code}:${f.elementIndex}:${n}`} data-code={f.code}>
              <button type="button" className="link" onClick={() => goTo(f)}>
                {translateMessage(f)}
              </button>
              {f.fix && !readOnly && (
                <span className="coach-fixes">
                  {f.fix.kind === 'append_time'
                    ? f.fix.choices.slice(0, 4).map((c) => (
                        <button type="button" key={c} onClick={() => fix(f, c)}>
                          {translateMessage(fixMessage(f.fix!, c))}
                        </button>
                      ))
                    : (
                        <button type="button" onClick={() => fix(f)} data-testid="coach-fix">
                          {translateMessage(fixMessage(f.fix))}
                        </button>
                      )}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
