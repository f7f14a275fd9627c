/**
 * Keeps pages, counts and the scene list up to date off the typing path: recomputed after a
 * short idle pause, incrementally from the first changed element when possible.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { countScenes, countWords } from '../../shared/screenplay/counts.ts';
import { paginate, repaginateFrom, type LayoutResult } from '../../shared/screenplay/layout/paginate.ts';
import type { PaperProfile } from '../../shared/screenplay/layout/profiles.ts';
import type { Screenplay } from '../../shared/screenplay/model.ts';
import { pageMarks, sameTurns, type PageTurn } from './page-marks.ts';
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

const NO_TURNS = new Map<string, PageTurn[]>();

/**
 * `profile`: what the script prints with (printProfile); a different one means a full layout.
 * `sceneNumbers`: the page view numbers the scenes as the PDF would. After each layout the block
 * marks go to the page store; `turns` (pages that start inside a block) changes identity only when
 * a turn moved, so the editor's decorations re-run only then.
 */
export function useLayout(read: () => Screenplay, pages: PageStore, profile: PaperProfile, sceneNumbers = false, delayMs = 250) {
  const [figures, setFigures] = useState<Figures>({ pages: 1, words: 0, scenes: 0 });
  const [turns, setTurns] = useState(NO_TURNS);
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
    const marks = pageMarks(model, layout, { sceneNumbers });
    pages.update(marks.blocks, marks.lastRest);
    setTurns((old) => (sameTurns(old, marks.turns) ? old : marks.turns));
    setFigures({ pages: layout.pages.length, words: countWords(model), scenes: countScenes(model) });
    setVersion((v) => v + 1);
  }, [read, pages, profile, sceneNumbers]);

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

  return { figures, schedule, version, turns };
}
