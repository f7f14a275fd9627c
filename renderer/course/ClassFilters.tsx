/** The class view's filters (behind, awaiting review, late, mentor said not yet, a name) and its CSV export. */
import { useTranslation } from 'react-i18next';
import type { ClassFilter } from '../../shared/course/class-view.ts';

export function ClassFilters({ filter, onChange, shown, total, onExport }: { filter: ClassFilter; onChange: (f: ClassFilter) => void; shown: number; total: number; onExport: () => void }) {
  const { t } = useTranslation('classview');
  const toggle = (key: 'behind' | 'awaitingReview' | 'late' | 'notApproved', testId: string) => (
    <label>
      <input type="checkbox" checked={filter[key]} onChange={(e) => onChange({ ...filter, [key]: e.target.checked })} data-testid={testId} />
      {t(key)}
    </label>
  );
  return (
    <fieldset className="class-filters">
      <legend>{t('filters')}</legend>
      <input type="search" aria-label={t('search')} placeholder={t('search')} value={filter.text} onChange={(e) => onChange({ ...filter, text: e.target.value })} data-testid="class-search" />
      {toggle('behind', 'filter-behind')}
      {toggle('awaitingReview', 'filter-awaiting')}
      {toggle('late', 'filter-late')}
      {toggle('notApproved', 'filter-not-approved')}
      <span role="status" data-testid="class-shown">
        {t('shown', { count: shown, total })}
      </span>
      <button type="button" onClick={onExport} data-testid="class-export-csv">
        {t('exportCsv')}
      </button>
      <p className="hint">{t('behindHelp')}</p>
    </fieldset>
  );
}
