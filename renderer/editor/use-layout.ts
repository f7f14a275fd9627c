/**
 * Keeps pages, counts and the scene list up to date off the typing path: recomputed after a
 * short idle pause, incrementally from the first changed element when possible, in steps of a
 * task each (sliced-job.ts) — the layout, the page view's marks, painting them, the figures — so a
 * key pressed meanwhile waits for one step at most. The React updates that follow are a
 * transition: React renders them in slices too, and a keystroke goes first.
 */
import { startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { countScenes, wordsOf } from '../../shared/screenplay/counts.ts';
import { paginate, repaginateFrom, type LayoutResult } from '../../shared/screenplay/layout/paginate.ts';
import type { PaperProfile } from '../../shared/screenplay/layout/profiles.ts';
import type { Screenplay, ScriptElement } from '../../shared/screenplay/model.ts';
import { pageMarks, sameTurns, type PageMarks, type PageTurn } from './page-marks.ts';
import type { PageStore } from './page-store.ts';
import { SlicedJob, type Step } from './sliced-job.ts';

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

// Words per element, kept while the element is the same object: the editor hands out the same
// element for an unchanged block (convert.ts), so a layout counts the words of the edited block only.
const wordCounts = new WeakMap<ScriptElement, number>();

function cachedWords(el: ScriptElement): number {
  let n = wordCounts.get(el);
  if (n === undefined) {
    n = wordsOf(el);
    wordCounts.set(el, n);
  }
  return n;
}

function figuresOf(model: Screenplay, layout: LayoutResult): Figures {
  let words = 0;
  for (const el of model.elements) words += cachedWords(el);
  return { pages: layout.pages.length, words, scenes: countScenes(model) };
}

/** Runs a job's steps one after another in this task (a new profile: no keystroke to make way for). */
function runAll(steps: readonly Step[]): void {
  for (const step of steps) step();
}

/**
 * `profile`: what the script prints with (printProfile); a different one means a full layout.
 * `sceneNumbers`: the page view numbers the scenes as the PDF would. After each layout the block
 * marks go to the page store; `turns` (pages that start inside a block) changes identity only when
 * a turn moved, so the editor's decorations re-run only then.
 *
 * `initial` gives the script as it opens (the editor's value before Slate holds it): the opening
 * layout runs before the first render, so the blocks paint with their marks and decorations at
 * once — a layout after mounting would re-render and re-decorate the whole script a second time.
 */
export function useLayout(read: () => Screenplay, pages: PageStore, profile: PaperProfile, sceneNumbers = false, initial: () => Screenplay = read, delayMs = 250) {
  const last = useRef<{ model: Screenplay; layout: LayoutResult; profile: PaperProfile; sceneNumbers: boolean } | null>(null);
  const opening = useRef<PageMarks | null>(null);
  if (last.current === null) {
    const model = initial();
    const layout = paginate(model, profile);
    last.current = { model, layout, profile, sceneNumbers };
    opening.current = pageMarks(model, layout, { sceneNumbers });
  }
  const [figures, setFigures] = useState<Figures>(() => figuresOf(last.current!.model, last.current!.layout));
  const [turns, setTurns] = useState(() => (opening.current && opening.current.turns.size ? opening.current.turns : NO_TURNS));
  // Bumped after each (debounced) layout: lists derived from the whole script, such as the scene
  // navigator, recompute then rather than on every keystroke. 1: the opening layout.
  const [version, setVersion] = useState(1);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // The opening layout's block marks, once the blocks have handed the store their elements.
  useLayoutEffect(() => {
    const first = opening.current;
    if (!first) return;
    opening.current = null;
    pages.update(first.blocks, first.lastRest, first.firstLabel);
  }, [pages]);

  const job = useMemo(() => new SlicedJob(), []);

  // The steps of one layout; each runs in a task of its own (see the file's comment).
  const steps = useCallback((): Step[] => {
    let model: Screenplay;
    let layout: LayoutResult;
    let marks: PageMarks;
    return [
      () => {
        model = read();
        const prev = last.current;
        layout =
          prev && prev.layout.profile === profile
            ? repaginateFrom(prev.layout, model, firstDifference(prev.model, model))
            : paginate(model, profile);
        last.current = { model, layout, profile, sceneNumbers };
      },
      () => {
        marks = pageMarks(model, layout, { sceneNumbers });
      },
      () => pages.update(marks.blocks, marks.lastRest, marks.firstLabel),
      () => {
        const next = figuresOf(model, layout);
        startTransition(() => {
          setTurns((old) => (sameTurns(old, marks.turns) ? old : marks.turns));
          setFigures(next);
          setVersion((v) => v + 1);
        });
      },
    ];
  }, [read, pages, profile, sceneNumbers]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    // The writer typed on: a layout still under way would be redone with this text anyway.
    job.cancel();
    timer.current = setTimeout(() => job.start(steps()), delayMs);
  }, [job, steps, delayMs]);

  useEffect(() => {
    // A new profile or scene-number choice lays the script out afresh (the opening layout already used the first ones).
    const made = last.current;
    if (!made || made.profile !== profile || made.sceneNumbers !== sceneNumbers) {
      last.current = null;
      job.cancel();
      runAll(steps());
    }
    return () => {
      if (timer.current) clearTimeout(timer.current);
      job.cancel();
    };
  }, [job, steps, profile, sceneNumbers]);

  return { figures, schedule, version, turns };
}
