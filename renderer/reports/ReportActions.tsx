/**
 * The Reports view's exports: each table as a CSV file, and the whole report for printing. Print
 * goes through the browser's print of reports.css's print stylesheet (Electron and Chromium offer
 * "Save as PDF" in that dialog): the report is HTML tables in the writer's language and fonts,
 * which the screenplay PDF writer (a page layout for script elements) has no place for.
 */
import { useTranslation } from 'react-i18next';
import { STATS_TABLES, statsCsv, type StatsCsvLabels, type StatsTable } from '../../shared/screenplay/stats-csv.ts';
import type { ScriptStats } from '../../shared/screenplay/stats.ts';
import { download } from '../ui/download.ts';

export function ReportActions({ stats }: { stats: ScriptStats }) {
  const { t } = useTranslation(['focus', 'reports']);
  const labels = (): StatsCsvLabels => ({
    character: t('reports:column.name'),
    speeches: t('reports:column.speeches'),
    words: t('reports:column.words'),
    scenes: t('reports:column.scenes'),
    location: t('reports:location'),
    group: t('focus:reports.group'),
    name: t('focus:reports.name'),
    setting: t('focus:reports.setting'),
    timeOfDay: t('reports:timeOfDay'),
    int: t('reports:setting.int'),
    ext: t('reports:setting.ext'),
    both: t('reports:setting.both'),
    other: t('reports:setting.other'),
  });
  const exportCsv = (table: StatsTable) =>
    download({ fileName: `report-${table}.csv`, mimeType: 'text/csv', encoding: 'utf8', content: statsCsv(stats, table, labels()) });
  return (
    <div className="report-actions" role="group" aria-label={t('focus:reports.exportCsv')}>
      {STATS_TABLES.map((table) => (
        <button key={table} type="button" onClick={() => exportCsv(table)} data-testid={`report-csv-${table}`}>
          {t(`focus:reports.csv.${table}`)}
        </button>
      ))}
      <button type="button" onClick={() => window.print()} data-testid="report-print">
        {t('focus:reports.print')}
      </button>
    </div>
  );
}
