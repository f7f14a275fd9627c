/**
 * One course: modules with their lessons and exercises, the lesson reader, exercise prompts that
 * open (or create from the starter) the linked draft, the progress dashboard and report export.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isWorkflowStage, SubmissionStage } from './SubmissionStage.tsx';
import type { Output } from '../../shared/api.ts';
import { MANIFEST_FILE } from '../../shared/course/limits.ts';
import type { CourseExercise } from '../../shared/course/manifest-schema.ts';
import type { UI_EVENT_KINDS } from '../../shared/course/progress.ts';
import { invoke } from '../api.ts';
import { ErrorBanner } from '../ui/ErrorBanner.tsx';
import { download } from '../ui/download.ts';
import { pick } from './bytes.ts';
import { uiLanguage } from '../i18n/index.ts';
import { LessonView } from './LessonView.tsx';
import { PackMarkdown } from './PackMarkdown.tsx';
import { localDate, ProgressDashboard } from './ProgressDashboard.tsx';
import { QuizView } from './QuizView.tsx';
import { PublishToClassFolder } from './PublishToClassFolder.tsx';
import { feedbackArrivals } from '../review/feedback-arrivals.ts';

type Open = { kind: 'lesson'; id: string } | { kind: 'exercise'; id: string } | null;

export function PackScreen({ packId, onOpenScript, onBack }: { packId: string; onOpenScript(id: string): void; onBack(): void }) {
  const { t, i18n } = useTranslation('training');
  const cert = useTranslation('certificate').t;
  const [data, setData] = useState<Output<'course.get'> | null>(null);
  const [open, setOpen] = useState<Open>(null);
  const [error, setError] = useState<unknown>(null);
  const [trainee, setTrainee] = useState(() => localStorage.getItem('naskah.traineeName') ?? '');
  const lang = uiLanguage(i18n.language);

  const refresh = useCallback(() => invoke('course.get', { packId }).then(setData, setError), [packId]);
  useEffect(() => void refresh(), [refresh]);
  // Feedback from the class folder may have moved an exercise on (returned, approved).
  useEffect(() => {
    const off = feedbackArrivals.subscribe(() => void refresh());
    return () => void off();
  }, [refresh]);

  const record = async (kind: (typeof UI_EVENT_KINDS)[number], itemId: string) => {
    try {
      await invoke('course.record', { packId, kind, itemId });
      await refresh();
    } catch (err) {
      setError(err);
    }
  };

  // An exercise whose completion rule is "viewed" (a reading or watching task) is done once opened.
  const openExercise = (e: CourseExercise) => {
    setOpen({ kind: 'exercise', id: e.id });
    if (e.completion === 'viewed') void record('exercise_started', e.id);
  };

  const openLesson = (id: string) => {
    setOpen({ kind: 'lesson', id });
    void record('lesson_viewed', id);
  };

  const startExercise = async (e: CourseExercise) => {
    try {
      const { scriptId } = await invoke('course.startExercise', { packId, exerciseId: e.id });
      onOpenScript(scriptId);
    } catch (err) {
      setError(err);
    }
  };

  const exportReport = async (format: 'json' | 'csv') => {
    try {
      localStorage.setItem('naskah.traineeName', trainee);
      download(await invoke('course.exportReport', { packId, trainee, format }));
    } catch (err) {
      setError(err);
    }
  };

  const exportCertificate = async () => {
    try {
      localStorage.setItem('naskah.traineeName', trainee);
      download(await invoke('course.certificate', { packId, trainee }));
    } catch (err) {
      setError(err);
    }
  };

  if (!data) return error ? <ErrorBanner error={error} onClose={onBack} /> : <p className="muted">{t('loading')}</p>;
  const { manifest, progress } = data;
  const status = new Map(progress.items.map((i) => [i.id, i.status]));
  const stageOf = (id: string) => {
    const sub = progress.items.find((i) => i.id === id)?.submission;
    if (!sub || !isWorkflowStage(sub.stage)) return null;
    const last = sub.attempts.at(-1);
    return { stage: sub.stage, late: sub.late, attempts: sub.attempts.length, checksPassed: last?.checksPassed, checksTotal: last?.checksTotal };
  };
  const lessons = manifest.modules.flatMap((m) => m.lessons);
  const exercises = manifest.modules.flatMap((m) => m.exercises);
  const lesson = open?.kind === 'lesson' ? lessons.find((l) => l.id === open.id) : undefined;
  const exercise = open?.kind === 'exercise' ? exercises.find((e) => e.id === open.id) : undefined;
  const lessonFile = lesson && (lesson.file[lang] ?? lesson.file.en ?? lesson.file.id);

  return (
    <section className="pack-screen" aria-labelledby="pack-title">
      <div className="library-head">
        <button type="button" onClick={onBack}>
          ← {t('courses')}
        </button>
        <h1 id="pack-title">{pick(manifest.title, i18n.language)}</h1>
        <span className="muted">{t('versionRevision', { version: manifest.version, revision: manifest.revision })}</span>
      </div>
      {error ? <ErrorBanner error={error} onClose={() => setError(null)} /> : null}
      <div className="pack-body">
        <nav className="pack-outline" aria-label={t('outline')}>
          {manifest.modules.map((m) => (
            <div key={m.id} className="module">
              <h2>{pick(m.title, i18n.language)}</h2>
              <ul>
                {m.lessons.map((l) => (
                  <li key={l.id}>
                    <button type="button" className={`item status-${status.get(l.id)}`} aria-current={open?.id === l.id} onClick={() => openLesson(l.id)} data-testid={`lesson-${l.id}`}>
                      <span className="status-dot" aria-label={t(`itemStatus.${status.get(l.id) ?? 'todo'}`)} /> {pick(l.title, i18n.language)}
                    </button>
                  </li>
                ))}
                {m.exercises.map((e) => (
                  <li key={e.id}>
                    <button type="button" className={`item exercise status-${status.get(e.id)}`} aria-current={open?.id === e.id} onClick={() => openExercise(e)} data-testid={`exercise-${e.id}`}>
                      <span className="status-dot" aria-label={t(`itemStatus.${status.get(e.id) ?? 'todo'}`)} /> {e.quiz ? (
                        <>
                          <span aria-hidden="true">?</span>
                          <span className="visually-hidden">{t('quiz.label')}:</span>
                        </>
                      ) : (
                        '✎'
                      )} {pick(e.title, i18n.language)}
                      {stageOf(e.id) && <SubmissionStage info={stageOf(e.id)!} />}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </nav>
        <div className="pack-content">
          {lesson && lessonFile ? (
            <LessonView key={lesson.id} packId={packId} lesson={lesson} file={lessonFile} title={pick(lesson.title, i18n.language)} done={status.get(lesson.id) === 'done'} onDone={() => void record('lesson_completed', lesson.id)} />
          ) : exercise?.quiz ? (
            <QuizView key={exercise.id} packId={packId} exercise={exercise} quiz={exercise.quiz} onRecorded={() => void refresh()} />
          ) : exercise ? (
            <article className="exercise-view" data-testid="exercise">
              <h2>{pick(exercise.title, i18n.language)}</h2>
              {exercise.due && <p className="muted">{t('dueOn', { date: localDate(exercise.due, i18n.language) })}</p>}
              {/* The prompt sits in course.json: its relative images are read from the pack's root. */}
              <PackMarkdown packId={packId} base={MANIFEST_FILE}>
                {pick(exercise.prompt, i18n.language)}
              </PackMarkdown>
              <p className="muted">{t(`completion.${exercise.completion}`)}</p>
              <button type="button" className="primary" onClick={() => void startExercise(exercise)} data-testid="start-exercise">
                {data.links[exercise.id] ? t('continueExercise') : t('startExercise')}
              </button>
            </article>
          ) : (
            <>
              <ProgressDashboard manifest={manifest} progress={progress} />
              <section className="report-export">
                <h3>{t('reportTitle')}</h3>
                <label>
                  {t('traineeName')} <input value={trainee} onChange={(e) => setTrainee(e.target.value)} data-testid="trainee-name" />
                </label>
                <button type="button" disabled={!trainee.trim()} onClick={() => void exportReport('json')} data-testid="export-report-json">
                  {t('exportJson')}
                </button>
                <button type="button" disabled={!trainee.trim()} onClick={() => void exportReport('csv')}>
                  {t('exportCsv')}
                </button>
                <PublishToClassFolder packId={packId} trainee={trainee} />
                <button
                  type="button"
                  disabled={!trainee.trim() || progress.done < progress.total}
                  title={progress.done < progress.total ? cert('needsAll', { done: progress.done, total: progress.total }) : undefined}
                  onClick={() => void exportCertificate()}
                  data-testid="export-certificate"
                >
                  {cert('button')}
                </button>
              </section>
            </>
          )}
        </div>
      </div>
    </section>
  );
}
