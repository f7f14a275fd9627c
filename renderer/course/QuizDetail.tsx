/** The instructor's detail row: for each quiz, every question against every attempt (✓ ✗ –). */
import { useTranslation } from 'react-i18next';
import type { ClassRow, ClassTableExercise } from '../../shared/api/course.ts';
import { pick } from './bytes.ts';

export function QuizDetail({ row, exercises }: { row: ClassRow; exercises: readonly ClassTableExercise[] }) {
  const { t, i18n } = useTranslation('training');
  return (
    <div className="quiz-detail" data-testid="quiz-detail">
      {exercises.map((e) => {
        const quiz = row.quizzes[e.id];
        if (!quiz || !e.questions) return null;
        return (
          <table key={e.id} data-quiz={e.id}>
            <caption>
              {pick(e.title, i18n.language)} — {quiz.bestPercent === null ? t('quiz.notTried') : t('quiz.best', { percent: quiz.bestPercent, count: quiz.attempts })} {quiz.passed ? `✓ ${t('quiz.done')}` : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('quiz.question')}</th>
                {quiz.history.map((h) => (
                  <th scope="col" key={h.attempt}>
                    {t('quiz.attemptColumn', { attempt: h.attempt, percent: h.percent })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {e.questions.map((q) => (
                <tr key={q.id} data-question={q.id}>
                  <th scope="row">{pick(q.prompt, i18n.language)}</th>
                  {quiz.history.map((h) => {
                    const s = h.questions.find((x) => x.id === q.id);
                    const mark = !s ? 'absent' : s.correct ? 'correct' : s.answered ? 'wrong' : 'unanswered';
                    return (
                      <td key={h.attempt} data-attempt={h.attempt} data-result={mark} title={mark === 'absent' ? undefined : t(`quiz.${mark}`)}>
                        {mark === 'correct' ? '✓' : mark === 'wrong' ? '✗' : '–'}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </div>
  );
}
