/**
 * The mentor's verdict beside the draft: rubric scores with remarks (when the exercise has a
 * rubric), the overall feedback and approve / not yet. Each change is saved as it is made.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RubricState } from '../../shared/api/review.ts';
import { totalScore, type Rubric, type RubricScore } from '../../shared/review/rubric.ts';
import { invoke } from '../api.ts';
import { localized } from './localized.ts';
import { MentorKey } from './MentorKey.tsx';

type Verdict = 'none' | 'approved' | 'not';
const verdictOf = (a: boolean | null): Verdict => (a === true ? 'approved' : a === false ? 'not' : 'none');
/** A typed score as it is saved: a whole number from 0 to the criterion's maximum. */
const clampScore = (raw: string, max: number): number => Math.min(max, Math.max(0, Math.round(Number(raw))));

export function RubricPanel(props: {
  sessionId: string;
  rubric: Rubric | null;
  state: RubricState;
  onState(s: RubricState): void;
  onError(e: unknown): void;
  onClose(): void;
}) {
  const { t, i18n } = useTranslation('review');
  const { sessionId, rubric, state } = props;
  const [overall, setOverall] = useState<string | null>(null);
  const [remarks, setRemarks] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  // Shown at once while the save is on its way (controlled inputs would snap back otherwise).
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [typed, setTyped] = useState<Record<string, string>>({});

  const scoreOf = (id: string): RubricScore => state.scores.find((s) => s.criterionId === id) ?? { criterionId: id, score: null, remark: '' };

  const save = async (patch: { scores?: RubricScore[]; approved?: boolean | null; overall?: string }) => {
    setSaved(false);
    try {
      props.onState(await invoke('review.setRubric', { sessionId, ...patch }));
      setSaved(true);
    } catch (err) {
      props.onError(err);
    }
  };

  const saveScore = (id: string, change: Partial<RubricScore>) => {
    const all = (rubric?.criteria ?? []).map((c) => (c.id === id ? { ...scoreOf(c.id), ...change } : scoreOf(c.id)));
    void save({ scores: all });
  };

  const max = rubric?.criteria.reduce((sum, c) => sum + c.maxScore, 0) ?? 0;
  const effective = state.effectiveApproval === true ? 'approved' : state.effectiveApproval === false ? 'notApproved' : 'none';

  return (
    <aside className="side-panel rubric-panel" aria-label={t('ui.verdictTitle')} data-testid="rubric-panel">
      <div className="panel-head">
        <h2>{t('ui.verdictTitle')}</h2>
        <button type="button" className="close" onClick={props.onClose} aria-label={t('ui.closePanel')} data-testid="close-rubric">
          ×
        </button>
      </div>
      {rubric ? (
        <fieldset className="rubric">
          <legend>{t('mentor.rubric')}</legend>
          {rubric.criteria.map((c) => {
            const s = scoreOf(c.id);
            const title = localized(c.title, i18n.language);
            // What was typed but could not be kept as typed (above the maximum, below 0, a fraction):
            // said next to the field instead of silently changed.
            const raw = typed[c.id];
            const kept = raw === undefined || raw === '' ? null : clampScore(raw, c.maxScore);
            const adjusted = kept !== null && kept !== Number(raw) ? kept : null;
            return (
              <div key={c.id} className="criterion" data-testid="criterion">
                <label>
                  <span>
                    {title} <span className="muted">(0–{c.maxScore})</span>
                  </span>
                  <input
                    type="number"
                    min={0}
                    max={c.maxScore}
                    step={1}
                    value={typed[c.id] ?? s.score ?? ''}
                    aria-label={t('ui.scoreFor', { criterion: title, max: c.maxScore })}
                    aria-invalid={adjusted !== null}
                    aria-describedby={adjusted !== null ? `adjusted-${c.id}` : undefined}
                    data-testid={`score-${c.id}`}
                    onChange={(e) => {
                      const raw = e.target.value;
                      const v = raw === '' ? null : clampScore(raw, c.maxScore);
                      setTyped({ ...typed, [c.id]: raw });
                      if (v === null || Number.isFinite(v)) saveScore(c.id, { score: v });
                    }}
                    onBlur={() => setTyped(({ [c.id]: _, ...rest }) => rest)}
                  />
                </label>
                {adjusted !== null && Number.isFinite(adjusted) && (
                  <p className="field-note" id={`adjusted-${c.id}`} role="status" data-testid={`score-adjusted-${c.id}`}>
                    {t('ui.scoreAdjusted', { max: c.maxScore, saved: adjusted })}
                  </p>
                )}
                {c.description && <p className="muted small">{localized(c.description, i18n.language)}</p>}
                <label>
                  <span className="visually-hidden">{t('mentor.remark')}</span>
                  <input
                    placeholder={t('mentor.remark')}
                    aria-label={t('ui.remarkFor', { criterion: title })}
                    value={remarks[c.id] ?? s.remark}
                    onChange={(e) => setRemarks({ ...remarks, [c.id]: e.target.value })}
                    onBlur={() => {
                      if (remarks[c.id] !== undefined && remarks[c.id] !== s.remark) saveScore(c.id, { remark: remarks[c.id] });
                    }}
                  />
                </label>
              </div>
            );
          })}
          <p className="score-total">
            {t('ui.total')} <strong data-testid="score-total">{totalScore(state.scores)}/{max}</strong>
            {rubric.passingScore !== undefined && <span className="muted"> · {t('ui.passing', { score: rubric.passingScore })}</span>}
          </p>
        </fieldset>
      ) : (
        <p className="muted">{t('ui.noRubric')}</p>
      )}
      <label>
        {t('mentor.overall')}
        <textarea
          rows={5}
          value={overall ?? state.overall}
          data-testid="overall"
          onChange={(e) => setOverall(e.target.value)}
          onBlur={() => {
            if (overall !== null && overall !== state.overall) void save({ overall });
            setOverall(null);
          }}
        />
      </label>
      <fieldset className="verdict">
        <legend>{t('ui.verdict')}</legend>
        {(['approved', 'not', 'none'] as const).map((v) => (
          <label key={v} className="checkbox">
            <input
              type="radio"
              name="verdict"
              checked={(verdict ?? verdictOf(state.approved)) === v}
              data-testid={`verdict-${v}`}
              onChange={() => {
                setVerdict(v);
                void save({ approved: v === 'approved' ? true : v === 'not' ? false : null });
              }}
            />
            {v === 'approved' ? t('mentor.approve') : v === 'not' ? t('mentor.notApproved') : t('mentor.noVerdict')}
          </label>
        ))}
      </fieldset>
      <p className={`effective effective-${effective}`} data-testid="effective-approval">
        {t(`ui.effective.${effective}`)}
      </p>
      <p className="signing">
        <MentorKey create onError={props.onError} />
      </p>
      <p className="muted small" role="status">
        {saved ? t('ui.saved') : ''}
      </p>
    </aside>
  );
}
