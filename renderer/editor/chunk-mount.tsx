/**
 * Opening a long script without mounting all of it at once. Slate renders every block of the
 * document when the editor mounts: at 120 pages (about 3,400 blocks) that one React render and
 * commit took ~450 ms of the renderer's main thread, most of the time between the click on a script
 * and an editor that takes keys (a trace of `bench:open`; layout, style and paint were ~40 ms, thanks
 * to content-visibility). So each of Slate's lowest chunks (100 blocks, see ScriptEditor) passes
 * through a gate: the first chunk and the one holding the caret mount with the editor, the others
 * start as empty placeholders of about their height and mount one after another when the page is
 * idle, in document order, so keys, frames and the page view's layout run between them — or at
 * once when scrolled near the window. Once every chunk is in, the gates only pass their children
 * through.
 *
 * Anything that needs the DOM of a block that may not be mounted yet (jumping to a scene, a coach
 * finding, a find match) calls `mountAllChunks(editor)` first: it mounts the rest synchronously; so
 * do the keys that move the caret past the blocks mounted so far (`mountAllBeforeKey`).
 * While chunks are pending the editor's root carries `data-mounting` (tests and benchmarks wait for
 * it to go). An editor with the review comments beside it mounts everything at once (`mountChunksEagerly`).
 */
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import type { Editor, Node as SlateNode } from 'slate';
import { ReactEditor, useSlateStatic, type RenderChunkProps } from 'slate-react';

/** Blocks mounted with the editor: the first chunk, about four pages, more than the first screen shows. */
const EAGER_BLOCKS = 100;
/** Without idle callbacks, a task mounts chunks for this long (one chunk of 100 blocks is ~10 ms on a fast machine). */
const SLICE_MS = 6;
/** Under constant input there may be no idle period: a chunk mounts at least this often. */
const IDLE_TIMEOUT_MS = 500;
/** A pending chunk this close to the window (above or below) mounts at once. */
const NEAR_WINDOW_PX = 1000;

/** One lowest chunk as slate-react builds it: its leaves are the top-level blocks it holds. */
interface ChunkShape {
  children: Array<{ type: string; node?: SlateNode; index?: number }>;
}

class ChunkMounter {
  private queue: Array<() => void> = [];
  private timer: number | ReturnType<typeof setTimeout> | null = null;
  private observer: IntersectionObserver | null = null;
  private readonly watched = new Map<Element, () => void>();

  private readonly editor: Editor;

  constructor(editor: Editor) {
    this.editor = editor;
  }

  /** A pending gate waits its turn; returns the cancel for its unmount. */
  enqueue(mount: () => void): () => void {
    this.queue.push(mount);
    this.mark(true);
    this.schedule();
    return () => {
      this.queue = this.queue.filter((m) => m !== mount);
      if (this.queue.length === 0) this.mark(false);
    };
  }

  /**
   * A pending chunk scrolled near the window mounts at once, ahead of its turn: a writer who scrolls
   * straight down a script just opened sees its pages, not blank paper until the idle turns reach them.
   * Returns the cancel (the placeholder went).
   */
  watch(placeholder: Element, mount: () => void): () => void {
    if (typeof IntersectionObserver !== 'function') return () => undefined;
    this.observer ??= new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const mountNow = entry.isIntersecting ? this.watched.get(entry.target) : undefined;
          if (mountNow) mountNow();
        }
      },
      { rootMargin: `${NEAR_WINDOW_PX}px 0px` },
    );
    this.watched.set(placeholder, mount);
    this.observer.observe(placeholder);
    return () => {
      this.watched.delete(placeholder);
      this.observer?.unobserve(placeholder);
    };
  }

  /** Mounts every pending chunk now (before reading the DOM of any block). */
  mountAll(): void {
    if (this.queue.length === 0) return;
    const all = this.queue;
    this.queue = [];
    flushSync(() => all.forEach((mount) => mount()));
    this.mark(false);
  }

  /**
   * In idle periods (requestIdleCallback): after input, frames and every queued task — the page
   * view's layout steps included, so the page count shows as soon as it would without the gates.
   * One chunk per period at least, more while the period lasts.
   */
  private drain = (deadline?: IdleDeadline) => {
    this.timer = null;
    const end = performance.now() + (deadline ? Math.max(deadline.timeRemaining(), 0) : SLICE_MS);
    do {
      const mount = this.queue.shift();
      if (mount) flushSync(mount);
    } while (this.queue.length > 0 && performance.now() < end - SLICE_MS / 2);
    if (this.queue.length > 0) this.schedule();
    else this.mark(false);
  };

  private schedule() {
    this.timer ??= typeof requestIdleCallback === 'function' ? requestIdleCallback(this.drain, { timeout: IDLE_TIMEOUT_MS }) : setTimeout(this.drain, 0);
  }

  private mark(pending: boolean) {
    let root: HTMLElement;
    try {
      root = ReactEditor.toDOMNode(this.editor, this.editor);
    } catch {
      return; // the Editable has gone (unmounted while chunks were pending)
    }
    if (pending) root.dataset.mounting = 'true';
    else delete root.dataset.mounting;
  }
}

const mounters = new WeakMap<Editor, ChunkMounter>();
function mounterOf(editor: Editor): ChunkMounter {
  let m = mounters.get(editor);
  if (!m) mounters.set(editor, (m = new ChunkMounter(editor)));
  return m;
}

/** Mounts every block not mounted yet, synchronously: call before reading the DOM of an arbitrary block. */
export function mountAllChunks(editor: Editor): void {
  mounters.get(editor)?.mountAll();
}

/**
 * Keys whose browser default reaches past the blocks on screen: to the script's start or end
 * (Ctrl/⌘+Home/End, ⌘+↑/↓), a page on (PageUp/PageDown), everything (Ctrl/⌘+A). The browser
 * would stop at the last block mounted so far, so before it acts the rest is mounted — a writer
 * who opens a script and goes straight to its end lands there, not 100 blocks in.
 */
export function mountAllBeforeKey(editor: Editor, e: { key: string; ctrlKey: boolean; metaKey: boolean }): void {
  const command = e.ctrlKey || e.metaKey;
  const far = e.key === 'PageUp' || e.key === 'PageDown' || (command && (e.key === 'Home' || e.key === 'End' || e.key === 'ArrowUp' || e.key === 'ArrowDown' || e.key.toLowerCase() === 'a'));
  if (far) mountAllChunks(editor);
}

/** The chunk slate-react passes inside `children` (its MemoizedChunk's `ancestor` prop), or null if that ever changes shape. */
function chunkOf(children: ReactNode): ChunkShape | null {
  const ancestor = (children as { props?: { ancestor?: unknown } } | null)?.props?.ancestor as ChunkShape | undefined;
  return ancestor && Array.isArray(ancestor.children) ? ancestor : null;
}

/** Whether the chunk holds the block the selection is in (its anchor or focus). */
function holdsSelection(editor: Editor, chunk: ChunkShape): boolean {
  const sel = editor.selection;
  if (!sel) return false;
  const blocks = new Set([editor.children[sel.anchor.path[0]], editor.children[sel.focus.path[0]]]);
  return chunk.children.some((c) => c.node !== undefined && blocks.has(c.node as never));
}

/** Editors whose every block must be in the DOM from the start (see `mountChunksEagerly`). */
const eager = new WeakSet<Editor>();

/**
 * Mount this editor's blocks all at once, as Slate does by itself: for an editor with the review
 * comments beside it, whose cards are placed beside their blocks and whose tints are DOM ranges.
 */
export function mountChunksEagerly(editor: Editor, on: boolean): void {
  if (on) eager.add(editor);
  else eager.delete(editor);
}

function startsMounted(editor: Editor, chunk: ChunkShape | null): boolean {
  if (!chunk || eager.has(editor)) return true;
  const first = chunk.children.find((c) => c.type === 'leaf');
  return first?.index === undefined || first.index < EAGER_BLOCKS || holdsSelection(editor, chunk);
}

/** A lowest chunk: its blocks, or until its turn a placeholder of about their height. */
function ChunkGate({ attributes, children }: Pick<RenderChunkProps, 'attributes' | 'children'>) {
  const editor = useSlateStatic();
  const chunk = chunkOf(children);
  const [mounted, setMounted] = useState(() => startsMounted(editor, chunk));
  // The caret moved into a pending chunk (a click, a jump): it mounts in this very render, so that
  // the Editable, committing after it, finds the caret's DOM.
  const now = mounted || (chunk !== null && holdsSelection(editor, chunk));
  useEffect(() => {
    if (now && !mounted) setMounted(true);
    if (now) return;
    return mounterOf(editor).enqueue(() => setMounted(true));
  }, [now, mounted, editor]);
  const watch = useCallback((placeholder: HTMLDivElement | null) => (placeholder ? mounterOf(editor).watch(placeholder, () => setMounted(true)) : undefined), [editor]);
  return now ? (
    <div {...attributes} className="chunk-lowest">
      {children}
    </div>
  ) : (
    <div {...attributes} ref={watch} className="chunk-lowest chunk-pending" contentEditable={false} />
  );
}

/** The Editable's renderChunk: module-level, as slate-react memoises chunks on its identity. */
export const renderChunk = ({ attributes, children, lowest }: RenderChunkProps) =>
  lowest ? <ChunkGate attributes={attributes}>{children}</ChunkGate> : <div {...attributes}>{children}</div>;
