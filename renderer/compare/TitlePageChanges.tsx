/** Title-page fields that changed between the two drafts (data-change on each, as for elements). */
import { useTranslation } from 'react-i18next';
import type { TitleFieldChange } from '../../shared/screenplay/compare/types.ts';
import { wordDiff } from '../../shared/screenplay/compare/words.ts';
import type { CompareLayout } from './CompareScene.tsx';
import { WordRuns } from './WordRuns.tsx';

export function TitlePageChanges({ changes, layout }: { changes: readonly TitleFieldChange[]; layout: CompareLayout }) {
  const { t } = useTranslation('compare');
  if (changes.length === 0) return null;
  return (
    <section className="compare-scene">
      <h3>{t('view.titlePage')}</h3>
      {changes.map((c, k) => (
        <div key={`${c.key}-${k}`} className={`compare-element compare-${c.change} compare-${layout}`} data-change={c.change}>
          <div className="compare-element-head">
            <span className="compare-type">{c.key}</span>
            <span className="compare-what">{t(`view.${c.change}`)}</span>
          </div>
          <FieldText runs={wordDiff(c.old ?? '', c.new ?? '')} layout={layout} />
        </div>
      ))}
    </section>
  );
}

function FieldText({ runs, layout }: { runs: ReturnType<typeof wordDiff>; layout: CompareLayout }) {
  if (layout === 'inline')
    return (
      <p className="compare-text">
        <WordRuns runs={runs} side="both" />
      </p>
    );
  return (
    <>
      <p className="compare-text compare-old">
        <WordRuns runs={runs} side="old" />
      </p>
      <p className="compare-text compare-new">
        <WordRuns runs={runs} side="new" />
      </p>
    </>
  );
}
