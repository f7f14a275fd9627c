/** An attempt's outcome: the score, and for each question right or wrong with its feedback. */
import { useTranslation } from 'react-i18next';
import type { CourseQuiz } from '../../shared/course/manifest-schema.ts';
import type { AttemptRecord } from '../../shared/course/quiz/attempts.ts';
import { pick } from './bytes.ts';

/** The feedback texts for one answered question: the chosen options' own, then the question's. */
function feedbackOf(q: CourseQuiz['questions'][number], answer: unknown, correct: boolean) {
  const out: { en: string; id: string }[] = [];
  if (q.kind === 'single' || q.kind === 'multiple') {
    const chosen = Array.isArray(answer) ? answer : [answer];
    for (const o of q.options) if (chosen.includes(o.id) && o.feedback) out.push(o.feedback);
  }
  const general = correct ? q.feedback?.correct : q.feedback?.incorrect;
  if (general) out.push(general);
  return out;
}

export function QuizFeedback({ quiz, record, order }: { quiz: CourseQuiz; record: AttemptRecord; order: readonly string[] }) {
  const { t, i18n } = useTranslation('training');
  const scores = new Map(record.questions.map((q) => [q.id, q]));
  return (
    <section className="quiz-result" data-testid="quiz-result" data-passed={record.passed}>
      <p className="quiz-score" data-testid="quiz-score" data-percent={record.percent}>
        <strong>{t('quiz.score', { percent: record.percent, earned: record.earned, total: record.total })}</strong>{' '}
        {record.passed ? t('quiz.passed', { mark: quiz.passMark }) : t('quiz.notPassed', { mark: quiz.passMark })}
      </p>
      <ol className="quiz-feedback">
        {order.map((id) => {
          const q = quiz.questions.find((x) => x.id === id);
          const s = scores.get(id);
          if (!q || !s) return null;
          return (
            <li key={id} className={s.correct ? 'correct' : 'wrong'} data-question={id} data-correct={s.correct}>
              <span>{pick(q.prompt, i18n.language)}</span> — <strong>{s.correct ? t('quiz.correct') : s.answered ? t('quiz.wrong') : t('quiz.unanswered')}</strong>
              {feedbackOf(q, record.answers[id], s.correct).map((f, i) => (
                <p key={i} className="quiz-feedback-text">
                  {pick(f, i18n.language)}
                </p>
              ))}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
