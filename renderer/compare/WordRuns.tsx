/**
 * A changed element's text with its word highlights: removed words in <del>, added ones in <ins>
 * (both read as such by assistive technology, and named in words for those that do not).
 * `side` picks the old text (equal + removed), the new one (equal + added) or both, inline.
 */
import { useTranslation } from 'react-i18next';
import type { WordRun } from '../../shared/screenplay/compare/types.ts';

export type RunSide = 'old' | 'new' | 'both';

export function WordRuns({ runs, side }: { runs: readonly WordRun[]; side: RunSide }) {
  const { t } = useTranslation('compare');
  return (
    <>
      {runs.map((r, k) => {
        if (r.op === 'equal') return <span key={k}>{r.text}</span>;
        if (r.op === 'removed')
          return side === 'new' ? null : (
            <del key={k} data-word="removed" aria-label={t('view.removedText', { text: r.text })}>
              {r.text}
            </del>
          );
        return side === 'old' ? null : (
          <ins key={k} data-word="added" aria-label={t('view.addedText', { text: r.text })}>
            {r.text}
          </ins>
        );
      })}
    </>
  );
}
