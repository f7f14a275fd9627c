/**
 * Revision mode for one editor: the script's sets (kept for read(), saved with the draft), the
 * toggle, starting the next set and clearing the current one. Turning the mode on in a script with
 * no set starts the first (Blue). The colours go into one stylesheet for the page container.
 * The mode is saved with the script (the model's `revisionMode`, FDX's `RevisionMode="Yes"`):
 * a script saved with it on opens with it on, marking with the same current set.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReactEditor } from 'slate-react';
import type { RevisionSet, Screenplay } from '../../../shared/screenplay/model.ts';
import { currentRevisionSet, startRevisionSet } from '../../../shared/screenplay/revisions/sets.ts';
import type { ScreenplayEditor } from '../types.ts';
import { clearSetInEditor } from './clear-set.ts';
import { revisionRules } from './revision-css.ts';
import { revisionName, today } from './revision-name.ts';

export interface RevisionMode {
  on: boolean;
  sets: readonly RevisionSet[];
  current: RevisionSet | undefined;
  /** The name the next set will get. */
  nextName: string;
  toggle(): void;
  startNext(): void;
  clearCurrent(): void;
  /** The sets as read() must save them. */
  setsRef: { readonly current: RevisionSet[] | undefined };
  /** Whether read() saves the mode as on. */
  onRef: { readonly current: boolean };
}

export function useRevisionMode(editor: ScreenplayEditor, initial: Pick<Screenplay, 'revisions' | 'revisionMode'>, scope: string, edited: () => void): RevisionMode {
  const { t } = useTranslation('revisions');
  const [sets, setSets] = useState<RevisionSet[] | undefined>(initial.revisions);
  const setsRef = useRef(sets);
  // Saved on with a set to mark with: resume marking.
  const [on, setOnState] = useState(() => initial.revisionMode === true && !!initial.revisions?.length);
  const onRef = useRef(on);
  const setOn = useCallback((next: boolean) => {
    onRef.current = next;
    setOnState(next);
  }, []);
  const editedRef = useRef(edited);
  editedRef.current = edited;
  const current = currentRevisionSet({ revisions: sets });
  editor.revisionSet = on && current ? current.set : null;

  useLayoutEffect(() => {
    if (!sets?.length) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(revisionRules(sets, `.${scope}`));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [sets, scope]);

  const nextNumber = (sets ?? []).reduce((max, r) => Math.max(max, r.set), 0) + 1;
  const nextName = revisionName(t, nextNumber);

  const startNext = useCallback(() => {
    const started = startRevisionSet({ version: 1, titlePage: [], elements: [], revisions: setsRef.current }, today(), nextName).script.revisions;
    setsRef.current = started;
    setSets(started);
    editor.revisionSet = started?.[started.length - 1]?.set ?? null;
    setOn(true);
    editedRef.current();
    ReactEditor.focus(editor);
  }, [editor, nextName, setOn]);

  const toggle = useCallback(() => {
    if (!on && !setsRef.current?.length) return startNext();
    setOn(!on);
    // The switch is saved with the script, like a set.
    editedRef.current();
    ReactEditor.focus(editor);
  }, [on, startNext, editor, setOn]);

  const clearCurrent = useCallback(() => {
    if (current) clearSetInEditor(editor, current.set);
    ReactEditor.focus(editor);
  }, [editor, current]);

  // One object while nothing in it changed: the toolbar it is drawn in is memoised, and its thirty
  // translated labels were rendered again after every layout because this object was new.
  return useMemo(
    () => ({ on, sets: sets ?? NO_SETS, current, nextName, toggle, startNext, clearCurrent, setsRef, onRef }),
    [on, sets, current, nextName, toggle, startNext, clearCurrent],
  );
}

const NO_SETS: RevisionSet[] = [];
