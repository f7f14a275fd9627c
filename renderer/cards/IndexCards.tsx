/**
 * The index cards: every scene as a card (heading, length, synopsis, first lines, its act's
 * colour) in a grid under the sections it stands in. Cards move by drag or by the reorder chord
 * (move-keys.ts); a card's or section's text is the script's own synopsis element, written back
 * on leaving the field. Each move and each edit is one undo step on the script.
 */
import { useEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSlateStatic } from 'slate-react';
import { paginate } from '../../shared/screenplay/layout/paginate.ts';
import type { PaperProfile } from '../../shared/screenplay/layout/profiles.ts';
import type { Screenplay } from '../../shared/screenplay/model.ts';
import { moveCards, stepTarget } from '../../shared/screenplay/outline/move.ts';
import type { OutlineCard, OutlineSection } from '../../shared/screenplay/outline/outline.ts';
import { formatEighths, sceneEighths } from '../../shared/screenplay/outline/page-length.ts';
import { synopsisEdit } from '../../shared/screenplay/outline/synopsis.ts';
import type { ScriptBlock } from '../editor/types.ts';
import { applyOrder } from './apply-order.ts';
import { applySynopsis } from './apply-synopsis.ts';
import { chordLabels, moveDirection } from './move-keys.ts';
import { outlineOfBlocks } from './outline-of.ts';
import { StructurePicker } from './StructurePicker.tsx';
import './cards.css';

export interface IndexCardsProps {
  /** The layout's change counter: the cards are read again after edits. */
  version: number;
  readOnly: boolean;
  read: () => Screenplay;
  profile: PaperProfile;
  pickStructure: boolean;
  onClose(): void;
}

export function IndexCards({ version, readOnly, read, profile, pickStructure, onClose }: IndexCardsProps) {
  const { t } = useTranslation('cards');
  const editor = useSlateStatic();
  // Moves and edits here re-read at once; typing elsewhere arrives with `version`.
  const [own, setOwn] = useState(0);
  const changed = () => setOwn((n) => n + 1);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- Slate edits its children in place: `version` and `own` say when to read them again
  const outline = useMemo(() => outlineOfBlocks(editor.children as ScriptBlock[]), [editor, version, own]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- as above; the lengths come from the page layout the PDF prints with
  const eighths = useMemo(() => sceneEighths(paginate(read(), profile), outline.cards), [outline, profile]);
  const [dragging, setDragging] = useState<number | null>(null);
  const [announce, setAnnounce] = useState('');
  const focusId = useRef<string | null>(null);
  const root = useRef<HTMLElement>(null);
  const blocks = editor.children as ScriptBlock[];

  useEffect(() => {
    if (!focusId.current) return;
    root.current?.querySelector<HTMLElement>(`[data-card-id="${focusId.current}"]`)?.focus();
    focusId.current = null;
  });

  const moveTo = (card: OutlineCard, target: number) => {
    const order = moveCards(outline, blocks.length, [card.index], target);
    if (!order) return;
    const id = blocks[card.start].id;
    applyOrder(editor, order);
    focusId.current = id;
    const position = outlineOfBlocks(editor.children as ScriptBlock[]).cards.findIndex((c) => (editor.children[c.start] as ScriptBlock).id === id) + 1;
    setAnnounce(t('moved', { heading: card.heading || t('untitledScene'), position, count: outline.cards.length }));
    changed();
  };

  const onCardKey = (card: OutlineCard) => (e: KeyboardEvent<HTMLLIElement>) => {
    if (readOnly || e.target !== e.currentTarget) return;
    const direction = moveDirection(e);
    if (!direction) return;
    e.preventDefault();
    const target = stepTarget(outline, blocks.length, card.index, direction);
    if (target !== null) moveTo(card, target);
  };

  const dropOnCard = (card: OutlineCard) => (e: DragEvent) => {
    e.preventDefault();
    if (dragging === null || dragging === card.index) return setDragging(null);
    // Dragged down, it lands after the card it is dropped on; dragged up, before it.
    moveTo(outline.cards[dragging], dragging < card.index ? card.end : card.start);
    setDragging(null);
  };
  const dropOnSection = (s: OutlineSection) => (e: DragEvent) => {
    e.preventDefault();
    if (dragging === null) return;
    moveTo(outline.cards[dragging], (s.synopsisAt ?? s.start) + 1);
    setDragging(null);
  };

  const writeSynopsis = (owner: OutlineCard | OutlineSection, text: string) => {
    applySynopsis(editor, synopsisEdit(owner, text));
    changed();
  };
  const writeTitle = (s: OutlineSection, text: string) => {
    const title = text.trim();
    if (!title || title === s.title) return;
    applySynopsis(editor, { kind: 'set', at: s.start, text: title });
    changed();
  };

  const renderCard = (c: OutlineCard) => {
    const id = blocks[c.start]?.id;
    return (
      <li
        key={id}
        data-card={c.index + 1}
        data-card-id={id}
        tabIndex={0}
        className={dragging === c.index ? 'index-card dragging' : 'index-card'}
        style={{ background: c.colour }}
        draggable={!readOnly}
        onDragStart={(e) => {
          e.dataTransfer.effectAllowed = 'move';
          e.dataTransfer.setData('text/plain', c.heading);
          setDragging(c.index);
        }}
        onDragEnd={() => setDragging(null)}
        onDragOver={(e) => e.preventDefault()}
        onDrop={dropOnCard(c)}
        onKeyDown={onCardKey(c)}
        aria-label={c.heading || t('untitledScene')}
      >
        <div className="card-head">
          <span className="card-number">{c.sceneNumber ?? c.index + 1}</span>
          <span className="card-heading">{c.heading || t('untitledScene')}</span>
          <span className="card-length" data-testid="card-length">{t('length', { length: formatEighths(eighths[c.index] ?? 0) })}</span>
        </div>
        <textarea
          key={`${id}:${c.synopsis}`}
          className="card-synopsis"
          data-testid="card-synopsis"
          aria-label={t('synopsisLabel', { heading: c.heading || t('untitledScene') })}
          placeholder={t('synopsisPlaceholder')}
          defaultValue={c.synopsis}
          readOnly={readOnly}
          rows={3}
          onBlur={(e) => writeSynopsis(c, e.currentTarget.value)}
        />
        {c.firstLines && <p className="card-lines">{c.firstLines}</p>}
      </li>
    );
  };

  const bySection = new Map<number, OutlineCard[]>();
  for (const c of outline.cards) bySection.set(c.section, [...(bySection.get(c.section) ?? []), c]);
  const keys = chordLabels();

  return (
    <section className="index-cards" data-testid="index-cards" ref={root} aria-label={t('title')}>
      <header className="cards-bar">
        <h2>{t('title')}</h2>
        <p className="muted">{t('moveHint', keys)}</p>
        <span className="spacer" />
        {!readOnly && <StructurePicker autoFocus={pickStructure} onInserted={changed} />}
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </header>
      <p className="visually-hidden" role="status">
        {announce}
      </p>
      {outline.cards.length === 0 && <p className="muted">{t('noScenes')}</p>}
      {bySection.has(-1) && (
        <div className="card-group">
          {outline.sections.length > 0 && <h3 className="muted">{t('unsectioned')}</h3>}
          <ol className="card-grid">{bySection.get(-1)!.map(renderCard)}</ol>
        </div>
      )}
      {outline.sections.map((s) => (
        <div key={blocks[s.start]?.id} className="card-group" style={{ marginInlineStart: `${(s.depth - 1) * 1.5}rem` }} onDragOver={(e) => e.preventDefault()} onDrop={dropOnSection(s)}>
          <input
            key={`${blocks[s.start]?.id}:${s.title}`}
            className={`section-title depth-${Math.min(s.depth, 3)}`}
            data-testid="section-title"
            defaultValue={s.title}
            readOnly={readOnly}
            aria-label={s.title}
            onBlur={(e) => writeTitle(s, e.currentTarget.value)}
          />
          <textarea
            key={`${blocks[s.start]?.id}:syn:${s.synopsis}`}
            className="section-synopsis"
            aria-label={t('sectionSynopsisLabel', { title: s.title })}
            defaultValue={s.synopsis}
            readOnly={readOnly}
            rows={1}
            onBlur={(e) => writeSynopsis(s, e.currentTarget.value)}
          />
          {(bySection.get(s.index)?.length ?? 0) > 0 && <ol className="card-grid">{bySection.get(s.index)!.map(renderCard)}</ol>}
        </div>
      ))}
    </section>
  );
}
