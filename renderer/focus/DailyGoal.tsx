/**
 * The status bar's daily goal and session timer: words written today (over every script, outside
 * courses too) against the writer's goal in Settings, and how long this script has been open.
 * The words are the course's WritingSession counting the draft's committed saves, its records
 * kept by DailyWords instead of sent to a course; the timer ticks once a second on its own.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Screenplay } from '../../shared/screenplay/model.ts';
import type { Signal } from '../course/edit-signal.ts';
import { WritingSession } from '../course/writing-session.ts';
import { DailyWords, formatElapsed } from './daily-words.ts';

let shared: DailyWords | null = null;
/** One tally for the app: every open script adds to the same day. */
function dailyWords(): DailyWords {
  let storage: Storage | null = null;
  try {
    storage = window.localStorage;
  } catch {
    // A browser that refuses storage: today's words count while the app runs.
  }
  return (shared ??= new DailyWords({ storage }));
}

let seq = 0;
const sessionId = () => `daily-${Date.now().toString(36)}-${++seq}`;

export interface DailyGoalProps {
  /** The draft when the session begins (read once). */
  initial: () => Screenplay;
  saved: Signal<Screenplay>;
  layouts: Signal<{ pages: number }>;
  /** Words per day; 0 or absent: no goal, only today's words. */
  goal?: number;
}

export function DailyGoal({ initial, saved, layouts, goal }: DailyGoalProps) {
  const { t } = useTranslation('focus');
  const daily = dailyWords();
  const [words, setWords] = useState(() => daily.today());
  const [startedAt] = useState(() => Date.now());
  const [now, setNow] = useState(startedAt);
  const first = useRef(initial);

  useEffect(() => {
    const session = new WritingSession({
      initial: first.current(),
      initialPages: layouts.latest?.pages ?? null,
      newId: sessionId,
      minGapMs: 1000,
      record: (totals) => daily.record(totals),
    });
    const offWords = daily.subscribe(setWords);
    const offSaved = saved.subscribe((m) => session.saved(m));
    const offLayout = layouts.subscribe((f) => session.layout(f.pages));
    return () => {
      offSaved();
      offLayout();
      void session.end().finally(offWords);
    };
  }, [daily, saved, layouts]);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  const reached = goal !== undefined && goal > 0 && words >= goal;
  return (
    <>
      <span data-testid="daily-words" className={reached ? 'goal-reached' : undefined}>
        {goal ? t('goal.today', { words, goal }) : t('goal.todayNoGoal', { words })}
        {reached && <> · {t('goal.reached')}</>}
      </span>
      {goal ? <progress className="goal-progress" max={goal} value={Math.min(words, goal)} aria-label={t('goal.goalLabel')} /> : null}
      <span data-testid="session-timer">{t('goal.session', { time: formatElapsed((now - startedAt) / 1000) })}</span>
    </>
  );
}
