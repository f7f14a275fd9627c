/**
 * Spelling in the editor, off the keystroke path: a pause after typing or scrolling sends the
 * blocks on screen (and, when the script changed, its whole text for the vocabulary and language)
 * to the spelling worker; its answer becomes decorations. Typing never waits for it, and a block
 * whose text moved on since it was checked shows no stale underline (decorate.ts). The context
 * menu on an underlined word offers corrections, ignore once and add to the personal dictionary
 * (kept in the app's settings, `spellDictionary`).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Node, Transforms, type NodeEntry } from 'slate';
import { ReactEditor } from 'slate-react';
import type { SpellLanguage } from '../../../shared/screenplay/spelling/speller.ts';
import { invoke } from '../../api.ts';
import { mountAllChunks } from '../chunk-mount.tsx';
import type { ScreenplayEditor, ScriptBlock } from '../types.ts';
import { spellDecorations } from './decorate.ts';
import { dictionaryUrls } from './dictionary-urls.ts';
import { mergeResults } from './merge-results.ts';
import type { CheckedBlock, FromWorker, ToWorker } from './protocol.ts';
import './spelling.css';

/** Quiet time after a keystroke or scroll before the visible blocks are checked. */
const PAUSE_MS = 350;
/** Blocks checked beyond the visible ones on each side, so a short scroll finds them done. */
const MARGIN_BLOCKS = 15;
const MAX_BLOCKS = 240;
/**
 * The whole script's text (for the vocabulary and the language) goes to the worker at most this
 * often: copying 12,000 blocks costs the editor's thread a few milliseconds, the visible ones
 * almost nothing, and a script's names and places change far more slowly than its words.
 */
const SCRIPT_EVERY_MS = 5000;

// A block's text, read once per block object (Slate makes a new object for an edited block): the
// whole script's text goes to the worker every few seconds, and only edited blocks cost anything.
const texts = new WeakMap<ScriptBlock, string>();

function textOf(b: ScriptBlock): string {
  let text = texts.get(b);
  if (text === undefined) {
    text = Node.string(b);
    texts.set(b, text);
  }
  return text;
}

export interface SpellMenu {
  x: number;
  y: number;
  word: string;
  blockId: string;
  start: number;
  end: number;
  /** null while the worker is still finding them. */
  suggestions: string[] | null;
}

export interface Spelling {
  /** A new function whenever the results changed on screen. */
  decorate(entry: NodeEntry): ReturnType<typeof spellDecorations>;
  /** The blocks that have misspellings marked (changes identity with `decorate`). */
  flaggedIds(): string[];
  /** Call on every content change (cheap: it only restarts the pause). */
  onEdit(): void;
  menu: SpellMenu | null;
  replace(word: string): void;
  ignoreOnce(): void;
  addToDictionary(): void;
  closeMenu(back?: boolean): void;
}

function blockIndex(editor: ScreenplayEditor, el: Element | null | undefined): number {
  const dom = el?.closest('[data-id]');
  if (!dom) return -1;
  try {
    return ReactEditor.findPath(editor, ReactEditor.toSlateNode(editor, dom))[0] ?? -1;
  } catch {
    return -1;
  }
}

/** The blocks on screen, from the block under the top and the bottom of the scrolling paper. */
function visibleBlocks(editor: ScreenplayEditor): [number, number] {
  const count = editor.children.length;
  let root: HTMLElement;
  try {
    root = ReactEditor.toDOMNode(editor, editor);
  } catch {
    return [0, Math.min(count, MAX_BLOCKS) - 1];
  }
  const view = (root.closest('.paper-scroll') ?? document.documentElement).getBoundingClientRect();
  const x = root.getBoundingClientRect().left + root.clientWidth / 2;
  const top = Math.max(view.top, 0) + 4;
  const bottom = Math.min(view.bottom, window.innerHeight) - 4;
  const first = blockIndex(editor, document.elementFromPoint(x, top));
  const last = blockIndex(editor, document.elementFromPoint(x, bottom));
  const from = Math.max(0, (first < 0 ? 0 : first) - MARGIN_BLOCKS);
  const to = Math.min(count - 1, (last < 0 ? from + MAX_BLOCKS : last) + MARGIN_BLOCKS, from + MAX_BLOCKS);
  return [from, to];
}

export function useSpelling(editor: ScreenplayEditor, { enabled, uiLanguage }: { enabled: boolean; uiLanguage: SpellLanguage }): Spelling {
  const worker = useRef<Worker | null>(null);
  const results = useRef(new Map<string, CheckedBlock>());
  const [tick, setTick] = useState(0);
  const [menu, setMenu] = useState<SpellMenu | null>(null);
  const personal = useRef<string[]>([]);
  const ignored = useRef(new Set<string>());
  const content = useRef({ version: 1, sent: 0, sentAt: -Infinity });
  /** The writer turned spelling off (settings.spelling === false). */
  const off = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const request = useRef(0);
  const retry = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** run itself, for the retry it schedules. */
  const again = useRef<() => void>(() => undefined);

  const run = useCallback(() => {
    const w = worker.current;
    if (!w || off.current) return;
    const blocks = editor.children as ScriptBlock[];
    const now = performance.now();
    if (content.current.sent !== content.current.version && (content.current.sent === 0 || now - content.current.sentAt >= SCRIPT_EVERY_MS)) {
      content.current.sent = content.current.version;
      content.current.sentAt = now;
      w.postMessage({ kind: 'script', version: content.current.version, elements: blocks.map((b) => ({ type: b.type, text: textOf(b) })) } satisfies ToWorker);
    }
    // Not sent this time: a later pass sends it, even if the writer stops here.
    const pending = content.current.sent !== content.current.version;
    clearTimeout(retry.current);
    if (pending) retry.current = setTimeout(() => again.current(), SCRIPT_EVERY_MS - (now - content.current.sentAt));
    const [from, to] = visibleBlocks(editor);
    const batch = blocks.slice(from, to + 1).map((b) => ({ id: b.id, type: b.type, text: textOf(b) }));
    w.postMessage({ kind: 'check', request: ++request.current, blocks: batch, personal: personal.current } satisfies ToWorker);
  }, [editor]);

  useEffect(() => {
    again.current = run;
  }, [run]);

  const schedule = useCallback(
    (delay = PAUSE_MS) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(run, delay);
    },
    [run],
  );

  useEffect(() => {
    if (!enabled) return;
    const w = new Worker(new URL('./spell-worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.postMessage({ kind: 'init', urls: dictionaryUrls(), fallback: uiLanguage } satisfies ToWorker);
    w.onmessage = (e: MessageEvent<FromWorker>) => {
      const msg = e.data;
      if (msg.kind !== 'checked') return;
      // An answer to a request sent before the last "ignore" or "add" must not bring the word back.
      const own = new Set(personal.current.map((w) => w.toLowerCase()));
      const answered = msg.blocks.map((block) => ({
        ...block,
        ranges: block.ranges.filter(([s, end]) => !ignored.current.has(`${block.id}:${s}:${block.text.slice(s, end)}`) && !own.has(block.text.slice(s, end).toLowerCase())),
      }));
      const ids = new Set(answered.map((b) => b.id));
      const now = new Map<string, string>();
      for (const b of editor.children as ScriptBlock[]) if (ids.has(b.id)) now.set(b.id, textOf(b));
      // Re-decorate the script only when an underline changes on screen (merge-results.ts).
      if (mergeResults(results.current, answered, (id) => now.get(id))) setTick((n) => n + 1);
    };
    void invoke('settings.get', {}).then((s) => {
      off.current = s.spelling === false;
      personal.current = s.spellDictionary ?? [];
      content.current.sent = 0;
      schedule(0);
    }, () => schedule(0));
    let scroller: Element | null = null;
    const onScroll = () => schedule(150);
    try {
      scroller = ReactEditor.toDOMNode(editor, editor).closest('.paper-scroll');
    } catch {
      scroller = null;
    }
    scroller?.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      clearTimeout(timer.current);
      clearTimeout(retry.current);
      scroller?.removeEventListener('scroll', onScroll);
      w.terminate();
      worker.current = null;
    };
  }, [enabled, editor, uiLanguage, schedule]);

  const onEdit = useCallback(() => {
    content.current.version++;
    schedule();
  }, [schedule]);

  // A new identity after each answer: Slate re-decorates the blocks whose ranges changed.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- tick is the signal that results.current changed
  const decorate = useCallback((entry: NodeEntry) => spellDecorations(editor, results.current, entry), [editor, tick]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- as above
  const flaggedIds = useCallback(() => [...results.current].filter(([, r]) => r.ranges.length > 0).map(([id]) => id), [tick]);

  /** Opens the menu for one flagged word and asks the worker for its corrections. */
  const openMenu = useCallback((at: Omit<SpellMenu, 'suggestions'>) => {
    setMenu({ ...at, suggestions: null });
    const w = worker.current;
    if (!w) return;
    const id = ++request.current;
    const listen = (m: MessageEvent<FromWorker>) => {
      if (m.data.kind !== 'suggested' || m.data.request !== id) return;
      w.removeEventListener('message', listen);
      const words = m.data.words;
      setMenu((cur) => (cur && cur.blockId === at.blockId && cur.start === at.start ? { ...cur, suggestions: words } : cur));
    };
    w.addEventListener('message', listen);
    w.postMessage({ kind: 'suggest', request: id, word: at.word } satisfies ToWorker);
  }, []);

  // The context menu on an underlined word, and F7 (as in word processors) for the flagged word
  // at the caret or the next one after it.
  useEffect(() => {
    if (!enabled) return;
    let root: HTMLElement;
    try {
      root = ReactEditor.toDOMNode(editor, editor);
    } catch {
      return;
    }
    const onContextMenu = (e: MouseEvent) => {
      const span = (e.target as Element | null)?.closest('[data-spell="error"]');
      const block = span?.closest('[data-id]');
      if (!span || !block) return;
      const dom = document.createRange();
      dom.selectNodeContents(span);
      const range = ReactEditor.toSlateRange(editor, dom, { exactMatch: false, suppressThrow: true });
      const blockId = (block as HTMLElement).dataset.id!;
      const node = (editor.children as ScriptBlock[]).find((b) => b.id === blockId);
      if (!range || !node) return;
      e.preventDefault();
      const leafIndex = range.anchor.path[1] ?? 0;
      let leafStart = 0;
      for (let i = 0; i < leafIndex; i++) leafStart += Node.string(node.children[i]).length;
      const start = leafStart + Math.min(range.anchor.offset, range.focus.offset);
      const word = span.textContent ?? '';
      openMenu({ x: e.clientX, y: e.clientY, word, blockId, start, end: start + word.length });
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'F7' || e.altKey || e.ctrlKey || e.metaKey || !editor.selection) return;
      const found = flaggedFrom(editor, results.current, editor.selection.anchor.path[0] ?? 0, caretOffset(editor));
      if (!found) return;
      e.preventDefault();
      const at = { anchor: pointAt(editor, found.index, found.start), focus: pointAt(editor, found.index, found.end) };
      mountAllChunks(editor); // the flagged word may be in a chunk of blocks not mounted yet
      const box = ReactEditor.toDOMRange(editor, at).getBoundingClientRect();
      openMenu({ x: box.left, y: box.bottom + 2, word: found.word, blockId: found.blockId, start: found.start, end: found.end });
    };
    root.addEventListener('contextmenu', onContextMenu);
    root.addEventListener('keydown', onKeyDown);
    return () => {
      root.removeEventListener('contextmenu', onContextMenu);
      root.removeEventListener('keydown', onKeyDown);
    };
  }, [enabled, editor, openMenu]);

  /** back: return the caret to the editor (the menu was left with Escape). */
  const closeMenu = useCallback(
    (back?: boolean) => {
      setMenu(null);
      if (back) ReactEditor.focus(editor);
    },
    [editor],
  );

  const dropRange = useCallback((blockId: string, start: number) => {
    const r = results.current.get(blockId);
    if (r) results.current.set(blockId, { ...r, ranges: r.ranges.filter(([s]) => s !== start) });
    setTick((n) => n + 1);
  }, []);

  const replace = useCallback(
    (word: string) => {
      if (!menu) return;
      const index = (editor.children as ScriptBlock[]).findIndex((b) => b.id === menu.blockId);
      setMenu(null);
      if (index < 0 || Node.string(editor.children[index]).slice(menu.start, menu.end) !== menu.word) return;
      const at = { anchor: pointAt(editor, index, menu.start), focus: pointAt(editor, index, menu.end) };
      Transforms.insertText(editor, word, { at });
      ReactEditor.focus(editor);
    },
    [editor, menu],
  );

  const ignoreOnce = useCallback(() => {
    if (!menu) return;
    ignored.current.add(`${menu.blockId}:${menu.start}:${menu.word}`);
    dropRange(menu.blockId, menu.start);
    setMenu(null);
    ReactEditor.focus(editor);
  }, [editor, menu, dropRange]);

  const addToDictionary = useCallback(() => {
    if (!menu) return;
    const word = menu.word;
    setMenu(null);
    ReactEditor.focus(editor);
    if (!personal.current.some((w) => w.toLowerCase() === word.toLowerCase())) personal.current = [...personal.current, word];
    void invoke('settings.set', { spellDictionary: personal.current }).catch(() => undefined);
    for (const [id, r] of results.current) results.current.set(id, { ...r, ranges: r.ranges.filter(([s, e]) => r.text.slice(s, e).toLowerCase() !== word.toLowerCase()) });
    setTick((n) => n + 1);
  }, [editor, menu]);

  return useMemo(() => ({ decorate, flaggedIds, onEdit, menu, replace, ignoreOnce, addToDictionary, closeMenu }), [decorate, flaggedIds, onEdit, menu, replace, ignoreOnce, addToDictionary, closeMenu]);
}

/** The caret's offset in its block (blocks hold one or more text leaves). */
function caretOffset(editor: ScreenplayEditor): number {
  const { path, offset } = editor.selection!.anchor;
  const block = editor.children[path[0]] as ScriptBlock | undefined;
  let before = 0;
  for (let i = 0; i < (path[1] ?? 0) && block; i++) before += block.children[i].text.length;
  return before + offset;
}

/** The flagged word under or after (block, offset), in script order, among the checked blocks. */
function flaggedFrom(editor: ScreenplayEditor, results: ReadonlyMap<string, CheckedBlock>, index: number, offset: number) {
  const blocks = editor.children as ScriptBlock[];
  for (let i = index; i < blocks.length; i++) {
    const r = results.get(blocks[i].id);
    if (!r || r.text !== Node.string(blocks[i])) continue;
    const hit = r.ranges.find(([, e]) => i > index || e >= offset);
    if (hit) return { index: i, blockId: r.id, start: hit[0], end: hit[1], word: r.text.slice(hit[0], hit[1]) };
  }
  return null;
}

/** The Slate point at a block offset (blocks hold one or more text leaves). */
function pointAt(editor: ScreenplayEditor, index: number, offset: number) {
  const block = editor.children[index] as ScriptBlock;
  let rest = offset;
  for (let i = 0; i < block.children.length; i++) {
    const len = block.children[i].text.length;
    if (rest <= len || i === block.children.length - 1) return { path: [index, i], offset: Math.min(rest, len) };
    rest -= len;
  }
  return { path: [index, 0], offset: 0 };
}
