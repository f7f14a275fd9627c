/** One question of an attempt, as a fieldset: radios, checkboxes, a text box or an ordering list. */
import { useTranslation } from 'react-i18next';
import type { QuizQuestion } from '../../shared/course/manifest-schema.ts';
import type { Answer } from '../../shared/course/quiz/schema.ts';
import { pick } from './bytes.ts';
import { moved, toggled } from './quiz-answers.ts';

export interface QuestionFieldProps {
  question: QuizQuestion;
  number: number;
  /** Option or item ids in the order this attempt shows them. */
  order: readonly string[];
  value: Answer | undefined;
  onChange(value: Answer): void;
}

export function QuizQuestionField({ question: q, number, order, value, onChange }: QuestionFieldProps) {
  const { t, i18n } = useTranslation('training');
  const name = `quiz-${q.id}`;
  const prompt = pick(q.prompt, i18n.language);
  return (
    <fieldset className="quiz-question" data-question={q.id} data-kind={q.kind}>
      <legend>
        {t('quiz.questionNumber', { number })} {prompt}
      </legend>
      {(q.kind === 'single' || q.kind === 'multiple') && (
        <>
          {q.kind === 'multiple' && <p className="muted">{t('quiz.chooseAll')}</p>}
          {order.map((id) => {
            const option = q.options.find((o) => o.id === id);
            if (!option) return null;
            const checked = q.kind === 'single' ? value === id : Array.isArray(value) && value.includes(id);
            return (
              <label key={id} className="quiz-option">
                <input
                  type={q.kind === 'single' ? 'radio' : 'checkbox'}
                  name={name}
                  checked={checked}
                  onChange={() => onChange(q.kind === 'single' ? id : toggled(value, id))}
                  data-option={id}
                />{' '}
                {pick(option.text, i18n.language)}
              </label>
            );
          })}
        </>
      )}
      {q.kind === 'true_false' &&
        ([true, false] as const).map((v) => (
          <label key={String(v)} className="quiz-option">
            <input type="radio" name={name} checked={value === v} onChange={() => onChange(v)} data-option={String(v)} /> {v ? t('quiz.true') : t('quiz.false')}
          </label>
        ))}
      {(q.kind === 'short_text' || q.kind === 'numeric') && (
        <input
          type="text"
          inputMode={q.kind === 'numeric' ? 'decimal' : 'text'}
          aria-label={prompt}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value)}
          data-testid={`quiz-input-${q.id}`}
        />
      )}
      {q.kind === 'ordering' && (
        <ol className="quiz-ordering">
          {(Array.isArray(value) ? value : order).map((id, i, list) => {
            const item = q.items.find((x) => x.id === id);
            const text = item ? pick(item.text, i18n.language) : id;
            return (
              <li key={id} data-item={id}>
                <span>{text}</span>
                <button type="button" onClick={() => onChange(moved(list, i, -1))} disabled={i === 0} aria-label={t('quiz.moveUp', { item: text })}>
                  ↑
                </button>
                <button type="button" onClick={() => onChange(moved(list, i, 1))} disabled={i === list.length - 1} aria-label={t('quiz.moveDown', { item: text })}>
                  ↓
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </fieldset>
  );
}
