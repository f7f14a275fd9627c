/** Settings' field for the daily words goal (0: no goal); a value out of range is refused with a message. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export const GOAL_MAX = 100_000;

export function DailyGoalSetting({ goal, onChange }: { goal: number | undefined; onChange(goal: number): void }) {
  const { t } = useTranslation('focus');
  const [text, setText] = useState(String(goal ?? 0));
  const n = Number(text);
  const valid = text.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= GOAL_MAX;
  return (
    <label>
      {t('goal.setGoal')}
      <input
        type="number"
        min={0}
        max={GOAL_MAX}
        step={50}
        data-testid="daily-goal"
        value={text}
        aria-invalid={!valid}
        onChange={(e) => {
          setText(e.target.value);
          const v = Number(e.target.value);
          if (e.target.value.trim() !== '' && Number.isInteger(v) && v >= 0 && v <= GOAL_MAX) onChange(v);
        }}
      />
      {!valid && (
        <span role="alert" className="hint">
          {t('goal.invalid', { max: GOAL_MAX })}
        </span>
      )}
    </label>
  );
}
