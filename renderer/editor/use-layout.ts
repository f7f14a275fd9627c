/**
 * Keeps pages, counts and the scene list up to date off the typing path: recomputed after a
 * short idle pause, incrementally from the first changed element when possible.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { countScenes, countWords } from '../../shared/screenplay/counts.ts';
import { paginate, repaginateFrom, type LayoutResult } from '../../shared/screenplay/layout/paginate.ts';
import type { PaperProfile } from '../../shared/screenplay/layout/profiles.ts';
import type { Screenplay } from '../../shared/screenplay/model.ts';
import type { PageStore } from './page-store.ts';

export interface Figures {
  pages: number;
  words: number;
  scenes: number;
}

function firstDifference(a: Screenplay | null, b: Screenplay): number {
  if (!a) return 0;
  const n = Math.min(a.elements.length, b.elements.length);
  for (let i = 0; i < n; i++) {
    const x = a.elements[i];
    const y = b.elements[i];
    if (x === y) continue;
    if (x.type !== y.type || x.text !== y.text || x.dual !== y.dual || x.id !== y.id) return i;
  }
  return n;
}

/** `profile`: what the script prints with (printProfile); a different one means a full layout. */
export function useLayout(read: () => Screenplay, pages: PageStore, profile: PaperProfile, delayMs = 250) {
  const [figures, setFigures] = useState<Figures>({ pages: 1, words: 0, scenes: 0 });
  // Bumped after each (debounced) layout: lists derived from the whole script, such as the scene
  // navigator, recompute then rather than on every keystroke.
  const [version, setVersion] = useState(0);
  const last = useRef<{ model: Screenplay; layout: LayoutResult } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const compute = useCallback(() => {
    const model = read();
    const prev = last.current;
    const layout =
      prev && prev.layout.profile === profile
        ? repaginateFrom(prev.layout, model, firstDifference(prev.model, model))
        : paginate(model, profile);
    last.current = { model, layout };
    const starts = new Map<string, number>();
    let lastPage = 0;
    layout.elementPage.forEach((page, i) => {
      const id = model.elements[i]?.id;
      if (id && page !== lastPage) starts.set(id, page);
      lastPage = page;
    });
    pages.update(starts);
    setFigures({ pages: layout.pages.length, words: countWords(model), scenes: countScenes(model) });
    setVersion((v) => v + 1);
  }, [read, pages, profile]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(compute, delayMs);
  }, [compute, delayMs]);

  useEffect(() => {
    last.current = null;
    compute();
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [compute]);

  return { figures, schedule, version };
}
