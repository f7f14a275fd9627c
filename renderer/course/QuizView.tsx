/**
 * A quiz exercise: the attempt in its seeded order (a reload shows the same order), submit, then
 * the score with feedback per answer, the attempts left and a retry. Scoring and recording are the
 * service's (course.submitQuiz); this view only collects answers and shows what it was told.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../shared/api.ts';
import { MANIFEST_FILE } from '../../shared/course/limits.ts';
import type { CourseExercise, CourseQuiz } from '../../shared/course/manifest-schema.ts';
import type { AttemptRecord } from '../../shared/course/quiz/attempts.ts';
import type { Answers } from '../../shared/course/quiz/schema.ts';
import { invoke } from '../api.ts';
import { ErrorBanner } from '../ui/ErrorBanner.tsx';
import { pick } from './bytes.ts';
import { PackMarkdown } from './PackMarkdown.tsx';
import { localDate } from './ProgressDashboard.tsx';
import { initialAnswers } from './quiz-answers.ts';
import { QuizFeedback } from './QuizFeedback.tsx';
import { QuizQuestionField } from './QuizQuestionField.tsx';

type State = Output<'course.quizState'>;

export function QuizView({ packId, exercise, quiz, onRecorded }: { packId: string; exercise: CourseExercise; quiz: CourseQuiz; onRecorded(): void }) {
  const { t, i18n } = useTranslation('training');
  const [state, setState] = useState<State | null>(null);
  /** What the trainee changed; an untouched ordering question answers with the order shown. */
  const [answers, setAnswers] = useState<Answers>({});
  /** The attempt just submitted, shown until the trainee retries. */
  const [shown, setShown] = useState<{ record: AttemptRecord; order: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(
    () =>
      invoke('course.quizState', { packId, exerciseId: exercise.id }).then((s) => {
        setState(s);
        // Nothing left to try: show how the last attempt went.
        const last = s.attempts.at(-1);
        if (s.attempt === null && last) setShown({ record: last, order: s.layout.questions });
      }, setError),
    [packId, exercise.id],
  );
  useEffect(() => void load(), [load]);

  if (!state) return error ? <ErrorBanner error={error} onClose={() => setError(null)} /> : <p className="muted">{t('loading')}</p>;

  const submit = async () => {
    if (state.attempt === null) return;
    setBusy(true);
    try {
      const given = { ...initialAnswers(quiz.questions, state.layout), ...answers };
      const out = await invoke('course.submitQuiz', { packId, exerciseId: exercise.id, attempt: state.attempt, answers: given });
      setShown({ record: out.record, order: state.layout.questions });
      setState(out.state);
      onRecorded();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const retry = () => {
    setShown(null);
    setAnswers({});
  };

  const left = state.attemptsLeft;
  return (
    <article className="quiz-view" data-testid="quiz" data-exercise={exercise.id}>
      <h2>{pick(exercise.title, i18n.language)}</h2>
      {exercise.due && <p className="muted">{t('dueOn', { date: localDate(exercise.due, i18n.language) })}</p>}
      <PackMarkdown packId={packId} base={MANIFEST_FILE}>
        {pick(exercise.prompt, i18n.language)}
      </PackMarkdown>
      <p className="muted quiz-summary" data-testid="quiz-summary">
        {t('quiz.passMark', { mark: quiz.passMark })} ·{' '}
        <span data-testid="quiz-attempts-left" data-left={left ?? 'unlimited'}>
          {state.progress.passed ? t('quiz.done') : left === null ? t('quiz.unlimited') : t('quiz.attemptsLeft', { count: left })}
        </span>
        {state.progress.bestPercent !== null && <> · {t('quiz.best', { percent: state.progress.bestPercent, count: state.progress.attempts })}</>}
      </p>
      {error ? <ErrorBanner error={error} onClose={() => setError(null)} /> : null}
      {shown ? (
        <>
          <QuizFeedback quiz={quiz} record={shown.record} order={shown.order} />
          {state.attempt !== null ? (
            <button type="button" className="primary" onClick={retry} data-testid="quiz-retry">
              {t('quiz.retry', { attempt: state.attempt })}
            </button>
          ) : (
            !state.progress.passed && <p data-testid="quiz-no-attempts">{t('quiz.noAttemptsLeft')}</p>
          )}
        </>
      ) : state.attempt !== null ? (
        <form
          className="quiz-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <p className="muted">{t('quiz.attemptNumber', { attempt: state.attempt })}</p>
          {state.layout.questions.map((id, i) => {
            const q = quiz.questions.find((x) => x.id === id);
            return q ? (
              <QuizQuestionField key={`${state.attempt}-${id}`} question={q} number={i + 1} order={state.layout.options[id] ?? []} value={answers[id]} onChange={(v) => setAnswers((a) => ({ ...a, [id]: v }))} />
            ) : null;
          })}
          <button type="submit" className="primary" disabled={busy} data-testid="quiz-submit">
            {t('quiz.submit')}
          </button>
        </form>
      ) : null}
    </article>
  );
}
