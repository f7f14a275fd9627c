/**
 * Where an exercise's submission stands, in words — the one wording the trainee's course screen,
 * the exercise panel, the dashboard's due list and the instructor's class table share: "Waiting for
 * your mentor", "Returned with feedback", "Submitted — 4 of 5 checks failing", with "late" beside
 * work delivered after its due date.
 */
import { useTranslation } from 'react-i18next';
import type { SubmissionStage as Stage } from '../../shared/course/submission.ts';

export interface StageInfo {
  stage: Stage;
  late?: boolean;
  /** Attempts made so far, and the latest attempt's checks (when the exercise has checks). */
  attempts?: number;
  checksPassed?: number | null;
  checksTotal?: number | null;
}

/** Stages between starting and being done: where someone has to act (the mentor, or the trainee again). */
export function isPendingStage(stage: Stage): boolean {
  return stage === 'checks_failing' || stage === 'awaiting_review' || stage === 'returned';
}

/** Stages worth a word beside the status dot: the workflow's own steps, not plain started/todo. */
export function isWorkflowStage(stage: Stage): boolean {
  return stage !== 'todo' && stage !== 'started';
}

export function SubmissionStage({ info, audience = 'trainee' }: { info: StageInfo; audience?: 'trainee' | 'instructor' }) {
  const { t } = useTranslation('training');
  const failing = info.checksTotal != null && info.checksPassed != null ? info.checksTotal - info.checksPassed : null;
  const words =
    info.stage === 'checks_failing' && failing !== null
      ? t('submission.checksFailing', { failing, total: info.checksTotal })
      : t(`submission.stage.${info.stage}${audience === 'instructor' && (info.stage === 'awaiting_review' || info.stage === 'returned') ? 'Instructor' : ''}`);
  return (
    <span className={`submission-stage stage-${info.stage}`} data-stage={info.stage} data-late={info.late ? 'true' : undefined}>
      {words}
      {info.attempts !== undefined && info.attempts > 1 ? ` · ${t('submission.attempt', { attempt: info.attempts })}` : ''}
      {info.late ? <span className="late"> · {t('submission.late')}</span> : null}
    </span>
  );
}
