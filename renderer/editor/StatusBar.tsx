/**
 * The desk's status bar: pages, scenes, words and the estimated runtime of the last layout; then
 * what the screen adds (the writer's daily goal and session timer, renderer/focus/DailyGoal.tsx).
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Figures } from './use-layout.ts';

export function StatusBar({ figures, extra }: { figures: Figures; extra?: ReactNode }) {
  const { t } = useTranslation('editor');
  return (
    <footer className="status-bar" aria-live="polite">
      <span>
        {t('pages')}: <strong data-testid="page-count">{figures.pages}</strong>
      </span>
      <span>{t('scenes', { count: figures.scenes })}</span>
      <span>{t('words', { count: figures.words })}</span>
      <span>{t('runtime', { minutes: figures.pages })}</span>
      {extra}
    </footer>
  );
}
