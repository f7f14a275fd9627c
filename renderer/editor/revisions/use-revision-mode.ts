/**
 * Revision mode for one editor: the script's sets (kept for read(), saved with the draft), the
 * toggle, starting the next set and clearing the current one. Turning the mode on in a script with
 * no set starts the first (Blue). The colours go into one stylesheet for the page container.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
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
}

export function useRevisionMode(editor: ScreenplayEditor, initial: Screenplay['revisions'], scope: string, edited: () => void): RevisionMode {
  const { t } = useTranslation('revisions');
  const [sets, setSets] = useState<RevisionSet[] | undefined>(initial);
  const setsRef = useRef(sets);
  const [on, setOn] = useState(false);
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
  }, [editor, nextName]);

  const toggle = useCallback(() => {
    if (!on && !setsRef.current?.length) return startNext();
    setOn(!on);
    ReactEditor.focus(editor);
  }, [on, startNext, editor]);

  const clearCurrent = useCallback(() => {
    if (current) clearSetInEditor(editor, current.set);
    ReactEditor.focus(editor);
  }, [editor, current]);

  return { on, sets: sets ?? [], current, nextName, toggle, startNext, clearCurrent, setsRef };
}
