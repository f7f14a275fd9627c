/**
 * The index cards: every scene as a card (heading, length, synopsis, first lines, its act's
 * colour) in a grid under the sections it stands in. Cards move by drag or by the reorder chord
 * (move-keys.ts) — one card, or the selection (selection.ts) as one block in script order; a
 * section moves the same way by its header, with every scene and nested section under it, and
 * may be collapsed (its cards stay in the DOM, hidden: one [data-card] per scene, contract 4). A card's or section's text is the script's own synopsis element, written back
 * on leaving the field. Each move and each edit is one undo step on the script.
 *
 * For assistive technology the board is a grid whose rows are the section headers and the cards:
 * a card row carries `aria-selected`, and every move or selection change is said in the status line.
 */
import { useEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HistoryEditor } from 'slate-history';
import { useSlateStatic } from 'slate-react';
import { paginate } from '../../shared/screenplay/layout/paginate.ts';
import type { PaperProfile } from '../../shared/screenplay/layout/profiles.ts';
import type { Screenplay } from '../../shared/screenplay/model.ts';
import { blockStepTarget, hiddenByCollapse, moveCards, moveSections, scenesIn, sectionDropTarget, sectionStepTarget } from '../../shared/screenplay/outline/move.ts';
import type { OutlineCard, OutlineSection } from '../../shared/screenplay/outline/outline.ts';
import { formatEighths, sceneEighths } from '../../shared/screenplay/outline/page-length.ts';
import { synopsisEdit } from '../../shared/screenplay/outline/synopsis.ts';
import { commandForKey, PLATFORM } from '../commands/key-map.ts';
import type { ScriptBlock } from '../editor/types.ts';
import { commandHeld, IS_MAC } from '../ui/modifier-key.ts';
import { applyOrder } from './apply-order.ts';
import { applySynopsis } from './apply-synopsis.ts';
import { chordLabels, moveDirection } from './move-keys.ts';
import { outlineOfBlocks } from './outline-of.ts';
import { clickSelect, extendSelect, keepShown, movingIds, NO_SELECTION, selectAll, type CardSelection } from './selection.ts';
import { StructurePicker } from './StructurePicker.tsx';
import { useBoardHistory, type HistoryCommand } from './use-board-history.ts';
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

type Dragging = { kind: 'cards'; ids: string[] } | { kind: 'section'; id: string } | null;

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
  const [dragging, setDragging] = useState<Dragging>(null);
  const [announce, setAnnounce] = useState('');
  const [picked, setPicked] = useState<CardSelection>(NO_SELECTION);
  // Collapsed sections by element id: they stay collapsed while they move.
  const [collapsedIds, setCollapsedIds] = useState<ReadonlySet<string>>(new Set());
  const focusAfter = useRef<string | null>(null);
  const root = useRef<HTMLElement>(null);
  const blocks = editor.children as ScriptBlock[];
  const idOf = (x: { start: number }) => blocks[x.start]?.id ?? '';

  const collapsed = new Set(outline.sections.filter((s) => collapsedIds.has(idOf(s))).map((s) => s.index));
  const hidden = hiddenByCollapse(outline, collapsed);
  const shownCards = outline.cards.filter((c) => !hidden.cards.has(c.index));
  const order = shownCards.map(idOf);
  const selection = keepShown(picked, order);
  const heading = (c: OutlineCard) => c.heading || t('untitledScene');

  useEffect(() => {
    if (!focusAfter.current) return;
    root.current?.querySelector<HTMLElement>(focusAfter.current)?.focus();
    focusAfter.current = null;
  });

  const select = (next: CardSelection) => {
    setPicked(next);
    setAnnounce(t('selectedCount', { count: next.ids.size }));
  };

  const moveCardsTo = (ids: readonly string[], target: number, focus: string) => {
    const indices = outline.cards.filter((c) => ids.includes(idOf(c))).map((c) => c.index);
    const next = moveCards(outline, blocks.length, indices, target);
    if (!next) return setAnnounce(t('cannotMove'));
    const first = outline.cards[indices[0]];
    applyOrder(editor, next);
    focusAfter.current = `[data-card-id="${focus}"]`;
    const after = editor.children as ScriptBlock[];
    const positions = outlineOfBlocks(after).cards.flatMap((c, i) => (ids.includes(after[c.start].id) ? [i + 1] : []));
    const total = outline.cards.length;
    if (indices.length === 1) setAnnounce(t('moved', { heading: heading(first), position: positions[0], count: total }));
    else setAnnounce(t('movedMany', { count: indices.length, first: positions[0], last: positions[positions.length - 1], total }));
    changed();
  };

  const moveSectionTo = (s: OutlineSection, target: number | null, focusPart: string) => {
    const next = target === null ? null : moveSections(outline, blocks.length, [s.index], target);
    if (!next) return setAnnounce(t('cannotMove'));
    const id = idOf(s);
    applyOrder(editor, next);
    focusAfter.current = `[data-section-id="${id}"] [data-part="${focusPart}"]`;
    const after = editor.children as ScriptBlock[];
    const position = outlineOfBlocks(after).sections.findIndex((x) => after[x.start].id === id) + 1;
    setAnnounce(t('sectionMoved', { title: s.title, count: scenesIn(outline, s.index), position, total: outline.sections.length }));
    changed();
  };

  // Where the focus is on the board, as a selector that finds the same card or section part after a redraw.
  const focusSelector = (el: HTMLElement | null): string | null => {
    const card = el?.closest('[data-card-id]')?.getAttribute('data-card-id');
    const section = el?.closest('[data-section-id]')?.getAttribute('data-section-id');
    if (card) return `[data-card-id="${card}"]`;
    if (section && el?.dataset.part) return `[data-section-id="${section}"] [data-part="${el.dataset.part}"]`;
    return null;
  };
  // The last card or section part that had the focus: a toolbar button clicked takes it off the board.
  const lastFocus = useRef<string | null>(null);

  // Undo and redo on the board: the script's history, with the focus kept on the board — where it is,
  // else back where it last was (a card or a section's part, found again after the redraw) — and
  // never put in the page under it.
  const runHistory = (command: HistoryCommand, from: Element | null) => {
    if (readOnly) return;
    const onBoard = from && root.current?.contains(from) ? (from as HTMLElement) : null;
    focusAfter.current = (onBoard ? focusSelector(onBoard) : null) ?? lastFocus.current;
    if (command === 'edit.undo') HistoryEditor.undo(editor);
    else HistoryEditor.redo(editor);
    setAnnounce(t(command === 'edit.undo' ? 'undone' : 'redone'));
    changed();
  };
  // From the toolbar, the menu or the palette (which has given the focus back by the time it runs).
  useBoardHistory((command) => runHistory(command, document.activeElement));

  // Ctrl/Cmd+Z on a card or a section header (a text field keeps its own undo).
  const onBoardKey = (e: KeyboardEvent<HTMLElement>) => {
    const target = e.target as HTMLElement;
    if (readOnly || target.closest('input, textarea, select')) return;
    const command = commandForKey(e, PLATFORM, false);
    if (command !== 'edit.undo' && command !== 'edit.redo') return;
    e.preventDefault();
    runHistory(command, target);
  };

  const onCardKey = (c: OutlineCard) => (e: KeyboardEvent<HTMLLIElement>) => {
    if (e.target !== e.currentTarget) return;
    const id = idOf(c);
    const direction = readOnly ? null : moveDirection(e);
    if (direction) {
      e.preventDefault();
      const ids = movingIds(selection, id);
      const indices = outline.cards.filter((x) => ids.includes(idOf(x))).map((x) => x.index);
      const target = blockStepTarget(outline, blocks.length, indices, direction);
      if (target === null) setAnnounce(t('cannotMove'));
      else moveCardsTo(ids, target, id);
      return;
    }
    if (e.key.toLowerCase() === 'a' && commandHeld(e) && !e.altKey && !e.shiftKey) {
      e.preventDefault();
      select(selectAll(order, id));
      return;
    }
    const step = e.key === 'ArrowUp' || e.key === 'ArrowLeft' ? -1 : e.key === 'ArrowDown' || e.key === 'ArrowRight' ? 1 : 0;
    if (step && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      if (e.shiftKey) {
        const { selection: next, focus } = extendSelect(selection, order, id, step);
        select(next);
        focusAfter.current = `[data-card-id="${focus}"]`;
      } else {
        const to = order[order.indexOf(id) + step];
        if (to) root.current?.querySelector<HTMLElement>(`[data-card-id="${to}"]`)?.focus();
      }
      return;
    }
    if (e.key === ' ' && !e.altKey && !e.shiftKey) {
      e.preventDefault();
      select(clickSelect(selection, order, id, { toggle: true, range: false }));
    } else if (e.key === 'Escape' && selection.ids.size > 0) {
      e.preventDefault();
      select(NO_SELECTION);
    }
  };

  const onCardClick = (c: OutlineCard) => (e: MouseEvent<HTMLLIElement>) => {
    if ((e.target as HTMLElement).closest('textarea')) return;
    select(clickSelect(selection, order, idOf(c), { toggle: commandHeld(e), range: e.shiftKey }));
  };

  const dropOnCard = (c: OutlineCard) => (e: DragEvent) => {
    e.preventDefault();
    // The card's group would take the drop too, with the outline read before this move.
    e.stopPropagation();
    const d = dragging;
    setDragging(null);
    if (!d) return;
    if (d.kind === 'section') {
      if (c.section >= 0) dropSection(d.id, outline.sections[c.section]);
      return;
    }
    const indices = outline.cards.filter((x) => d.ids.includes(idOf(x))).map((x) => x.index);
    if (indices.length === 0 || indices.includes(c.index)) return;
    // Dragged down, the block lands after the card it is dropped on; dragged up, before it.
    moveCardsTo(d.ids, c.index > Math.max(...indices) ? c.end : c.start, idOf(outline.cards[indices[0]]));
  };
  const dropSection = (id: string, onto: OutlineSection) => {
    const s = outline.sections.find((x) => idOf(x) === id);
    if (s) moveSectionTo(s, sectionDropTarget(outline, s.index, onto.index), 'title');
  };
  const dropOnSection = (s: OutlineSection) => (e: DragEvent) => {
    e.preventDefault();
    const d = dragging;
    setDragging(null);
    if (!d) return;
    if (d.kind === 'section') return dropSection(d.id, s);
    const first = outline.cards.find((x) => d.ids.includes(idOf(x)));
    moveCardsTo(d.ids, (s.synopsisAt ?? s.start) + 1, first ? idOf(first) : d.ids[0]);
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
  const toggleCollapsed = (s: OutlineSection) => {
    const id = idOf(s);
    setCollapsedIds((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  };

  const renderCard = (c: OutlineCard) => {
    const id = idOf(c);
    const selected = selection.ids.has(id);
    const moving = dragging?.kind === 'cards' && dragging.ids.includes(id);
    return (
      <li
        key={id}
        role="row"
        aria-selected={selected}
        data-card={c.index + 1}
        data-card-id={id}
        tabIndex={0}
        className={['index-card', selected && 'selected', moving && 'dragging'].filter(Boolean).join(' ')}
        style={{ background: c.colour }}
        draggable={!readOnly}
        onDragStart={(e) => {
          const ids = movingIds(selection, id);
          e.dataTransfer.effectAllowed = 'move';
          e.dataTransfer.setData('text/plain', ids.length > 1 ? t('selectedCount', { count: ids.length }) : c.heading);
          setDragging({ kind: 'cards', ids });
        }}
        onDragEnd={() => setDragging(null)}
        onDragOver={(e) => e.preventDefault()}
        onDrop={dropOnCard(c)}
        onKeyDown={onCardKey(c)}
        onMouseDown={(e) => {
          // Shift+click picks a range, not the text between two cards.
          if (e.shiftKey && !(e.target as HTMLElement).closest('textarea')) {
            e.preventDefault();
            e.currentTarget.focus();
          }
        }}
        onClick={onCardClick(c)}
        aria-label={heading(c)}
      >
        <div className="card-head" role="gridcell">
          <span className="card-number">{c.sceneNumber ?? c.index + 1}</span>
          <span className="card-heading">{heading(c)}</span>
          <span className="card-length" data-testid="card-length">{t('length', { length: formatEighths(eighths[c.index] ?? 0) })}</span>
          {selected && <span className="card-check" aria-hidden="true">✓</span>}
        </div>
        <div role="gridcell">
          <textarea
            key={`${id}:${c.synopsis}`}
            className="card-synopsis"
            data-testid="card-synopsis"
            aria-label={t('synopsisLabel', { heading: heading(c) })}
            placeholder={t('synopsisPlaceholder')}
            defaultValue={c.synopsis}
            readOnly={readOnly}
            rows={3}
            onBlur={(e) => writeSynopsis(c, e.currentTarget.value)}
          />
        </div>
        {c.firstLines && (
          <p className="card-lines" role="gridcell">
            {c.firstLines}
          </p>
        )}
      </li>
    );
  };

  const renderSection = (s: OutlineSection) => {
    const id = idOf(s);
    const isCollapsed = collapsed.has(s.index);
    const cards = outline.cards.filter((c) => c.section === s.index);
    const onHeadKey = (e: KeyboardEvent<HTMLDivElement>) => {
      const direction = readOnly ? null : moveDirection(e);
      if (!direction || (e.target as HTMLElement).tagName === 'TEXTAREA') return;
      e.preventDefault();
      moveSectionTo(s, sectionStepTarget(outline, blocks.length, s.index, direction), (e.target as HTMLElement).dataset.part ?? 'title');
    };
    return (
      <div
        key={id}
        role="rowgroup"
        data-section-id={id}
        hidden={hidden.sections.has(s.index)}
        className={['card-group', isCollapsed && 'collapsed', dragging?.kind === 'section' && dragging.id === id && 'dragging'].filter(Boolean).join(' ')}
        style={{ marginInlineStart: `${(s.depth - 1) * 1.5}rem` }}
        onDragOver={(e) => e.preventDefault()}
        onDrop={dropOnSection(s)}
      >
        <div role="row" className="section-head" data-testid="section-head" onKeyDown={onHeadKey}>
          <div role="gridcell" className="section-cell">
            <div className="section-line">
              {!readOnly && (
                <span
                  className="section-grip"
                  data-testid="section-grip"
                  draggable
                  title={t('sectionGrip', { title: s.title })}
                  aria-hidden="true"
                  onDragStart={(e) => {
                    e.dataTransfer.effectAllowed = 'move';
                    e.dataTransfer.setData('text/plain', s.title);
                    const group = e.currentTarget.closest('.card-group');
                    if (group) e.dataTransfer.setDragImage(group, 12, 12);
                    setDragging({ kind: 'section', id });
                  }}
                  onDragEnd={() => setDragging(null)}
                >
                  ⠿
                </span>
              )}
              <button
                type="button"
                className="section-toggle"
                data-testid="section-toggle"
                data-part="toggle"
                aria-expanded={!isCollapsed}
                aria-label={t(isCollapsed ? 'expand' : 'collapse', { title: s.title })}
                onClick={() => toggleCollapsed(s)}
              >
                {isCollapsed ? '▸' : '▾'}
              </button>
              <input
                key={`${id}:${s.title}`}
                className={`section-title depth-${Math.min(s.depth, 3)}`}
                data-testid="section-title"
                data-part="title"
                defaultValue={s.title}
                readOnly={readOnly}
                aria-label={s.title}
                onBlur={(e) => writeTitle(s, e.currentTarget.value)}
              />
              {isCollapsed && <span className="muted section-hidden">{t('hiddenScenes', { count: scenesIn(outline, s.index) })}</span>}
            </div>
            {!isCollapsed && (
              <textarea
                key={`${id}:syn:${s.synopsis}`}
                className="section-synopsis"
                aria-label={t('sectionSynopsisLabel', { title: s.title })}
                placeholder={readOnly ? undefined : t('sectionSynopsisPlaceholder')}
                defaultValue={s.synopsis}
                readOnly={readOnly}
                rows={1}
                onBlur={(e) => writeSynopsis(s, e.currentTarget.value)}
              />
            )}
          </div>
        </div>
        {cards.length > 0 && (
          <ol className="card-grid" role="none" hidden={isCollapsed}>
            {cards.map(renderCard)}
          </ol>
        )}
      </div>
    );
  };

  const unsectioned = shownCards.filter((c) => c.section === -1);
  const keys = chordLabels();

  return (
    <section className="index-cards" data-testid="index-cards" ref={root} aria-label={t('title')} onKeyDown={onBoardKey} onFocus={(e) => (lastFocus.current = focusSelector(e.target as HTMLElement) ?? lastFocus.current)}>
      <header className="cards-bar">
        <h2>{t('title')}</h2>
        <p className="muted">
          {t('moveHint', keys)} {t('selectHint', { mod: IS_MAC ? '⌘' : 'Ctrl' })}
        </p>
        <span className="spacer" />
        {selection.ids.size > 0 && (
          <span className="selection-bar" data-testid="card-selection">
            {t('selectedCount', { count: selection.ids.size })}{' '}
            <button type="button" onClick={() => select(NO_SELECTION)}>
              {t('clearSelection')}
            </button>
          </span>
        )}
        {!readOnly && <StructurePicker autoFocus={pickStructure} onInserted={changed} />}
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </header>
      <p className="visually-hidden" role="status" data-testid="cards-status">
        {announce}
      </p>
      {outline.cards.length === 0 && <p className="muted">{t('noScenes')}</p>}
      <div className="cards-board" role="grid" aria-multiselectable="true" aria-readonly={readOnly} aria-label={t('boardLabel')}>
        {unsectioned.length > 0 && (
          <div className="card-group" role="rowgroup">
            {outline.sections.length > 0 && (
              <div role="row">
                <h3 className="muted" role="rowheader">
                  {t('unsectioned')}
                </h3>
              </div>
            )}
            <ol className="card-grid" role="none">
              {unsectioned.map(renderCard)}
            </ol>
          </div>
        )}
        {outline.sections.map(renderSection)}
      </div>
    </section>
  );
}
