/**
 * Beside an exercise's draft: the exercise's checks, re-run live (after a pause in typing) on the
 * editor's model with the same shared code the reports use; "Submit" records the submission and,
 * when every check passes, "checks passed".
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { runChecks, type CheckResult } from '../../shared/course/checks/run.ts';
import type { CourseExercise } from '../../shared/course/manifest-schema.ts';
import type { Paper } from '../../shared/screenplay/layout/profiles.ts';
import type { Screenplay } from '../../shared/screenplay/model.ts';
import type { Output } from '../../shared/api.ts';
import { invoke } from '../api.ts';
import { translateMessage } from '../i18n/index.ts';
import { pick } from './bytes.ts';
import './course.css';
import type { EditSignal, Signal } from './edit-signal.ts';
import { SubmissionStage } from './SubmissionStage.tsx';
import { useWritingSession } from './use-writing-session.ts';

const PAUSE_MS = 700;

/** Title-page field names in a check message ("Author") shown as the editor names them ("Penulis"). */
function localisedFields(m: CheckResult['message']): CheckResult['message'] {
  if (!m.code.startsWith('checks.title_page.') || typeof m.params.fields !== 'string') return m;
  const names = m.params.fields.split(', ').map((k) => i18next.t(`titleKeys.${k.replace(/ /g, '_')}`, { ns: 'editor', defaultValue: k }));
  return { code: m.code, params: { ...m.params, fields: names.join(', ') } };
}

export interface ExerciseChecksProps {
  scriptId: string;
  initial: Screenplay;
  /** Every edit (the checks re-run after a pause). */
  signal: EditSignal;
  /** Every committed save, and every editor layout: the writing session follows them. */
  saved: Signal<Screenplay>;
  layouts: Signal<{ pages: number }>;
  paper: Paper;
  flush(): Promise<void>;
}

export function ExerciseChecks({ scriptId, initial, signal, saved, layouts, paper, flush }: ExerciseChecksProps) {
  const { t, i18n } = useTranslation('training');
  const [exercise, setExercise] = useState<{ packId: string; exercise: CourseExercise } | null>(null);
  const [results, setResults] = useState<CheckResult[]>([]);
  /** What the last submission said: the service's stage and attempt, never a bare "submitted". */
  const [outcome, setOutcome] = useState<Output<'course.submitExercise'> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef<() => Screenplay>(() => initial);

  useEffect(() => {
    let alive = true;
    (async () => {
      const link = await invoke('course.exerciseForScript', { scriptId });
      if (!link || !alive) return;
      const { manifest } = await invoke('course.get', { packId: link.packId });
      const found = manifest.modules.flatMap((m) => m.exercises).find((e) => e.id === link.exerciseId);
      if (found && alive) setExercise({ packId: link.packId, exercise: found });
    })().catch(() => setExercise(null));
    return () => {
      alive = false;
    };
  }, [scriptId]);

  // A writing session: words and pages added while the exercise's draft is open, and the time
  // spent, recorded as they happen for the dashboard's words per day and the report.
  const link = useMemo(() => (exercise ? { packId: exercise.packId, exerciseId: exercise.exercise.id } : null), [exercise]);
  useWritingSession({ exercise: link, current: () => latest.current(), saved, layouts, flushDraft: flush });

  useEffect(() => {
    if (!exercise) return;
    const run = () => setResults(runChecks(latest.current(), exercise.exercise.checks, paper));
    run();
    const off = signal.subscribe((read) => {
      latest.current = read;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(run, PAUSE_MS);
    });
    return () => {
      off();
      if (timer.current) clearTimeout(timer.current);
    };
  }, [exercise, signal, paper]);

  if (!exercise) return null;
  const submit = async () => {
    await flush();
    // The service runs the checks again on the saved draft and records what they say.
    const outcome = await invoke('course.submitExercise', { packId: exercise.packId, exerciseId: exercise.exercise.id });
    setResults(outcome.checks);
    setOutcome(outcome);
  };
  const mentorReviewed = exercise.exercise.completion === 'mentor_approved';
  return (
    <aside className="exercise-checks" aria-label={t('checks')} data-testid="exercise-checks">
      <strong>{pick(exercise.exercise.title, i18n.language)}</strong>
      <ul>
        {results.map((r) => (
          <li key={r.id} className={r.passed ? 'passed' : 'failed'} data-passed={r.passed}>
            {translateMessage(localisedFields(r.message))}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => void submit()} data-testid="submit-exercise">
        {outcome && !mentorReviewed ? t('submission.resubmit') : t('submit')}
      </button>
      {outcome && (
        <p role="status" data-testid="submission-stage">
          {mentorReviewed ? (
            t('submission.mentorSubmitHint')
          ) : (
            <SubmissionStage info={{ stage: outcome.stage, late: outcome.late, attempts: outcome.attempt, checksPassed: outcome.checks.filter((c) => c.passed).length, checksTotal: outcome.checks.length }} />
          )}
        </p>
      )}
    </aside>
  );
}
