/** Progress at a glance: completion per module, streak, words written per day, what is due. */
import { useTranslation } from 'react-i18next';
import { isWorkflowStage, SubmissionStage } from './SubmissionStage.tsx';
import { uiLocale } from '../i18n/index.ts';
import type { PackProgressOut } from '../../shared/api/course.ts';
import type { CourseManifest } from '../../shared/course/manifest-schema.ts';
import { pick } from './bytes.ts';
import { WordsChart } from './WordsChart.tsx';

/** A due date as people write it in the UI's language: "31 Maret 2027", "31 March 2027", "2027년 3월 31일". */
export function localDate(iso: string, language: string): string {
  const day = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(day.getTime()) ? iso : day.toLocaleDateString(uiLocale(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function ProgressDashboard({ manifest, progress }: { manifest: CourseManifest; progress: PackProgressOut }) {
  const { t, i18n } = useTranslation('training');
  const titles = new Map(manifest.modules.flatMap((m) => [[m.id, m.title] as const, ...m.exercises.map((e) => [e.id, e.title] as const)]));
  const latest = (id: string) => {
    const sub = progress.items.find((i) => i.id === id)?.submission;
    const last = sub?.attempts.at(-1);
    return { late: sub?.late, attempts: sub?.attempts.length, checksPassed: last?.checksPassed, checksTotal: last?.checksTotal };
  };
  const days = progress.perDay.slice(-14);
  const quizzes = progress.items.filter((i) => i.quiz);
  return (
    <section className="dashboard" aria-label={t('progress')} data-testid="dashboard">
      <p>
        <strong data-testid="progress-total">{t('doneOf', { done: progress.done, total: progress.total })}</strong> · {t('streak', { count: progress.streakDays })}
      </p>
      <ul className="module-bars">
        {progress.modules.map((m) => (
          <li key={m.id}>
            <span>{pick(titles.get(m.id) ?? { en: m.id, id: m.id }, i18n.language)}</span>
            <progress max={m.total || 1} value={m.done} aria-label={t('doneOf', { done: m.done, total: m.total })} />
            <span className="muted">
              {m.done}/{m.total}
            </span>
          </li>
        ))}
      </ul>
      {days.length > 0 && (
        <figure className="words-chart">
          <figcaption>{t('wordsPerDay')}</figcaption>
          <WordsChart perDay={days} label={t('wordsPerDay')} language={uiLocale(i18n.language)} />
        </figure>
      )}
      {quizzes.length > 0 && (
        <>
          <h3>{t('quiz.dashboardTitle')}</h3>
          <ul className="quiz-scores">
            {quizzes.map((i) => (
              <li key={i.id} data-testid={`dashboard-quiz-${i.id}`} data-status={i.status} data-passed={i.quiz!.passed}>
                {pick(titles.get(i.id) ?? { en: i.id, id: i.id }, i18n.language)} —{' '}
                {i.quiz!.bestPercent === null ? t('quiz.notTried') : t('quiz.best', { percent: i.quiz!.bestPercent, count: i.quiz!.attempts })}{' '}
                {i.quiz!.passed ? `✓ ${t('quiz.done')}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {progress.due.length > 0 && (
        <>
          <h3>{t('due')}</h3>
          <ul>
            {progress.due.map((d) => (
              <li key={d.id} className={d.overdue ? 'overdue' : ''} data-testid={`due-${d.id}`} data-stage={d.stage}>
                {pick(titles.get(d.id) ?? { en: d.id, id: d.id }, i18n.language)} — {localDate(d.due, i18n.language)} {d.overdue ? t('overdue') : ''}
                {/* Delivered work waiting for the mentor, or checks still failing, says so beside its date. */}
                {isWorkflowStage(d.stage) && <> · <SubmissionStage info={{ stage: d.stage, ...latest(d.id) }} /></>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
