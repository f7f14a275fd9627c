/**
 * Maps between an element's text offsets (what anchors store) and the DOM of the page view.
 * Only Slate's string nodes count as text: page markers, scene numbers and zero-width
 * placeholders are decoration, so offsets here equal offsets into the model's element text.
 */

/** The block of element `id` inside `root`, or null. */
export function blockOf(root: ParentNode, id: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`);
}

function textNodes(block: Element): Text[] {
  const out: Text[] = [];
  for (const span of block.querySelectorAll('[data-slate-string]')) {
    for (const n of span.childNodes) if (n.nodeType === Node.TEXT_NODE) out.push(n as Text);
  }
  return out;
}

/** A DOM range covering [start, end) of element `id`'s text, or null when it is not on screen. */
export function domRangeFor(root: ParentNode, id: string, start: number, end: number): Range | null {
  const block = blockOf(root, id);
  if (!block) return null;
  const nodes = textNodes(block);
  if (nodes.length === 0) return null;
  const locate = (offset: number): [Text, number] => {
    let acc = 0;
    for (const n of nodes) {
      const len = n.data.length;
      if (offset <= acc + len) return [n, offset - acc];
      acc += len;
    }
    const last = nodes[nodes.length - 1];
    return [last, last.data.length];
  };
  const range = document.createRange();
  const [a, ao] = locate(Math.max(0, start));
  const [b, bo] = locate(Math.max(start, end));
  range.setStart(a, ao);
  range.setEnd(b, bo);
  return range;
}

/** The offset into a block's text of a DOM point (node, offset) lying inside that block. */
export function offsetInBlock(block: Element, node: Node, offset: number): number {
  const point = document.createRange();
  point.setStart(node, offset);
  let acc = 0;
  for (const t of textNodes(block)) {
    if (t === node) return acc + offset;
    // comparePoint: -1 when t's start lies before the point, so t's text counts in full.
    if (point.comparePoint(t, 0) >= 0) return acc;
    acc += t.data.length;
  }
  return acc;
}

export interface TextSelection {
  elementId: string;
  start: number;
  end: number;
  quote: string;
}

function blockAround(node: Node | null): HTMLElement | null {
  const el = node instanceof Element ? node : node?.parentElement;
  return (el?.closest('[data-id]') as HTMLElement | null) ?? null;
}

/** The block holding the selection's focus (the caret), if it is inside `root`. */
export function focusedBlockId(root: Element, selection: Selection | null): string | null {
  if (!selection || selection.rangeCount === 0) return null;
  const block = blockAround(selection.focusNode);
  return block && root.contains(block) ? block.dataset.id ?? null : null;
}

/**
 * A non-empty selection inside `root` as element id + offsets. A selection spanning several
 * blocks is cut at the end of its first block: an anchor points into one element.
 */
export function readSelection(root: Element, selection: Selection | null): TextSelection | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const block = blockAround(range.startContainer);
  if (!block || !root.contains(block) || !block.dataset.id) return null;
  const text = textNodes(block).map((t) => t.data).join('');
  const start = offsetInBlock(block, range.startContainer, range.startOffset);
  const end = block.contains(range.endContainer) ? offsetInBlock(block, range.endContainer, range.endOffset) : text.length;
  if (end <= start) return null;
  return { elementId: block.dataset.id, start, end, quote: text.slice(start, end) };
}
