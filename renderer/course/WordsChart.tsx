/**
 * Words written per day as a bar chart, drawn by uPlot (a small canvas chart library: no network,
 * no eval, so it fits the app's CSP). Days without writing show as zero, so gaps are visible.
 */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { dailySeries } from './daily-series.ts';

const DAY = 86_400;

export function WordsChart({ perDay, label, language }: { perDay: readonly { day: string; words: number }[]; label: string; language: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const accent = getComputedStyle(el).getPropertyValue('--accent').trim() || '#3b6ea5';
    const ink = getComputedStyle(el).color;
    const chart = new uPlot(
      {
        width: Math.max(240, el.clientWidth),
        height: 140,
        legend: { show: false },
        cursor: { show: true, y: false },
        // Half a day of room on each side: one day of data is one centred bar, not a years-wide axis.
        scales: { x: { time: true, range: (_u, min, max) => [min - DAY * 0.6, max + DAY * 0.6] }, y: { range: (_u, _min, max) => [0, Math.max(10, max)] } },
        axes: [
          {
            stroke: ink,
            grid: { show: false },
            incrs: [DAY, 2 * DAY, 7 * DAY, 14 * DAY, 28 * DAY],
            // Day and month in the UI's language ("23 Nov", "23 Mei").
            values: (_u, splits) => splits.map((s) => new Date(s * 1000).toLocaleDateString(language, { day: 'numeric', month: 'short', timeZone: 'UTC' })),
          },
          { stroke: ink, size: 48 },
        ],
        series: [{}, { label, stroke: accent, fill: accent, paths: uPlot.paths.bars?.({ size: [0.7, 40] }), points: { show: false } }],
      },
      dailySeries(perDay),
      el,
    );
    return () => chart.destroy();
  }, [perDay, label, language]);
  return <div ref={box} className="words-uplot" role="img" aria-label={`${label}: ${perDay.map((d) => `${d.day} ${d.words}`).join(', ')}`} />;
}
