/** Title-page fields that changed between the two drafts (data-change on each, as for elements). */
import { useTranslation } from 'react-i18next';
import type { TitleFieldChange } from '../../shared/screenplay/compare/types.ts';
import { wordDiff } from '../../shared/screenplay/compare/words.ts';
import { WordRuns } from './WordRuns.tsx';

export function TitlePageChanges({ changes }: { changes: readonly TitleFieldChange[] }) {
  const { t } = useTranslation('compare');
  if (changes.length === 0) return null;
  return (
    <section className="compare-scene">
      <h3>{t('view.titlePage')}</h3>
      {changes.map((c, k) => (
        <div key={`${c.key}-${k}`} className={`compare-element compare-${c.change}`} data-change={c.change}>
          <div className="compare-element-head">
            <span className="compare-type">{c.key}</span>
            <span className="compare-what">{t(`view.${c.change}`)}</span>
          </div>
          <p className="compare-text">
            <WordRuns runs={wordDiff(c.old ?? '', c.new ?? '')} side="both" />
          </p>
        </div>
      ))}
    </section>
  );
}
