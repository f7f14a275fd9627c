/**
 * Completion per module as horizontal bars in plain SVG (no chart library: a handful of bars does
 * not need one). Each bar is the mean completion of the trainees shown, so the chart follows the
 * filter; its label says the figures in words for screen readers.
 */
import { useTranslation } from 'react-i18next';
import type { ModuleCompletion } from '../../shared/course/class-view.ts';
import { pick } from './bytes.ts';

const BAR_HEIGHT = 18;
const GAP = 6;
const LABEL_WIDTH = 180;
const BAR_WIDTH = 260;

export function ModuleChart({ bars, titles }: { bars: ModuleCompletion[]; titles: Record<string, { en: string; id: string; ko?: string }> }) {
  const { t, i18n } = useTranslation('classview');
  const height = bars.length * (BAR_HEIGHT + GAP);
  return (
    <figure className="module-chart" data-testid="module-chart">
      <figcaption>{t('chartTitle')}</figcaption>
      <svg width={LABEL_WIDTH + BAR_WIDTH + 60} height={height} role="list">
        {bars.map((b, i) => {
          const title = titles[b.moduleId] ? pick(titles[b.moduleId], i18n.language) : b.moduleId;
          const percent = Math.round(b.mean * 100);
          const y = i * (BAR_HEIGHT + GAP);
          return (
            <g key={b.moduleId} role="listitem" aria-label={t('chartBar', { module: title, percent, complete: b.complete, trainees: b.trainees })} data-module={b.moduleId} data-percent={percent}>
              <text x={0} y={y + BAR_HEIGHT - 5} className="module-chart-label">
                {title.length > 26 ? `${title.slice(0, 25)}…` : title}
              </text>
              <rect x={LABEL_WIDTH} y={y} width={BAR_WIDTH} height={BAR_HEIGHT} className="module-chart-track" />
              <rect x={LABEL_WIDTH} y={y} width={BAR_WIDTH * b.mean} height={BAR_HEIGHT} className="module-chart-bar" />
              <text x={LABEL_WIDTH + BAR_WIDTH + 6} y={y + BAR_HEIGHT - 5} className="module-chart-value">
                {percent}%
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
