/**
 * One scene of a comparison: its label (scene number, moved from, added, removed) and its changed
 * elements, side by side (before | after) or inline. Contract 4: every change carries
 * data-change="moved|added|removed|changed" — a moved, added or removed scene on the scene itself,
 * an element added, removed or changed inside a scene that is in both drafts on its row.
 */
import { useTranslation } from 'react-i18next';
import type { ElementChange, ElementRef, SceneDiff } from '../../shared/screenplay/compare/types.ts';
import { WordRuns } from './WordRuns.tsx';

export type CompareLayout = 'side' | 'inline';

export function CompareScene({ scene, layout }: { scene: SceneDiff; layout: CompareLayout }) {
  const { t } = useTranslation('compare');
  const at = scene.new ?? scene.old!;
  const label =
    scene.change === 'removed' ? t('view.sceneRemoved', { scene: at.scene }) : at.scene === 0 ? t('view.leadIn') : t('view.scene', { scene: at.scene });
  // A whole scene added or removed is one change: its elements are shown, not counted again.
  const whole = scene.change === 'added' || scene.change === 'removed';
  return (
    <section className={`compare-scene compare-${scene.change}`} data-change={scene.change === 'matched' ? undefined : scene.change} data-scene={at.scene}>
      <h3>
        <span>{label}</span>
        {at.heading && <span className="compare-heading">{at.heading}</span>}
        {scene.change === 'moved' && <span className="compare-tag">{t('view.moved', { from: scene.old!.scene })}</span>}
        {scene.change === 'added' && <span className="compare-tag">{t('view.sceneAdded')}</span>}
      </h3>
      {scene.elements.map((e) => (
        <ElementRow key={key(e)} change={e} layout={layout} counted={!whole} />
      ))}
    </section>
  );
}

const key = (e: ElementChange) => (e.change === 'added' ? `a${e.new.index}` : e.change === 'removed' ? `r${e.old.index}` : `c${e.old.index}-${e.new.index}`);

function ElementRow({ change, layout, counted }: { change: ElementChange; layout: CompareLayout; counted: boolean }) {
  const { t } = useTranslation(['compare', 'editor']);
  const typeName = (r: ElementRef) => t(`editor:types.${r.type}`);
  const tag = change.change === 'changed' && change.old.type !== change.new.type ? t('compare:view.retyped', { old: typeName(change.old), new: typeName(change.new) }) : typeName(change.change === 'removed' ? change.old : change.new);
  const what = t(`compare:view.${change.change}`);
  const cell = (side: 'old' | 'new') => {
    if (change.change === 'changed') return <WordRuns runs={change.words} side={side} />;
    if (change.change === 'added') return side === 'new' ? <ins data-word="added">{change.new.text}</ins> : null;
    return side === 'old' ? <del data-word="removed">{change.old.text}</del> : null;
  };
  return (
    <div className={`compare-element compare-${change.change} compare-${layout}`} data-change={counted ? change.change : undefined}>
      <div className="compare-element-head">
        <span className="compare-type">{tag}</span>
        <span className="compare-what">{what}</span>
      </div>
      {layout === 'side' ? (
        <>
          <p className="compare-text compare-old">{cell('old')}</p>
          <p className="compare-text compare-new">{cell('new')}</p>
        </>
      ) : (
        <p className="compare-text">{change.change === 'changed' ? <WordRuns runs={change.words} side="both" /> : cell(change.change === 'added' ? 'new' : 'old')}</p>
      )}
    </div>
  );
}
