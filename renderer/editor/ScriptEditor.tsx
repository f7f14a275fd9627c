/**
 * The writing desk: toolbar, the Slate screenplay editor in page view, scene navigator, find and
 * replace, title page and status bar. Loading and saving belong to the parent: it receives
 * `onEdit(read)` on every content change and calls `read()` when it saves (once per pause).
 */
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createEditor, Editor, Node, Range, Transforms, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { ReactEditor, Slate, withReact } from 'slate-react';
import type { Paper } from '../../shared/screenplay/layout/profiles.ts';
import type { Screenplay, TitleField } from '../../shared/screenplay/model.ts';
import { titleOf } from '../../shared/screenplay/rules/title.ts';
import { AutocompletePopup } from './AutocompletePopup.tsx';
import { collectVocabulary, suggest, type Suggestion, type Vocabulary } from './autocomplete.ts';
import { CoachPanel } from './CoachPanel.tsx';
import { EditorSurface, type SurfaceHandlers } from './EditorSurface.tsx';
import { fromSlate, toSlate } from './convert.ts';
import { FindReplace } from './FindReplace.tsx';
import { handleKey } from './keys.ts';
import { elementRules, pageCssVars } from './page-css.ts';
import { PageStore } from './page-store.ts';
import { decorateTurns } from './page-turns.ts';
import { SceneNavigator } from './SceneNavigator.tsx';
import { TitlePageDialog } from './TitlePageDialog.tsx';
import { Toolbar } from './Toolbar.tsx';
import type { ScreenplayEditor, ScriptBlock } from './types.ts';
import { useLayout, type Figures } from './use-layout.ts';
import { printProfile } from '../../shared/screenplay/layout/print-profile.ts';
import { EditorViewContext } from './view-context.ts';
import { currentBlock, withScreenplay } from './with-screenplay.ts';
import { useRememberedSceneNumbers } from '../library/PdfExportOptions.tsx';
import './editor.css';

export interface ScriptEditorProps {
  screenplay: Screenplay;
  onEdit?: (read: () => Screenplay) => void;
  /** automaticContd: the app's setting; a script from Final Draft keeps its own. */
  settings: { afterDialogue: 'action' | 'character'; paper: Paper; automaticContd?: boolean };
  readOnly?: boolean;
  /** Shown beside the page and scrolled with it (the review comments margin). */
  aside?: ReactNode;
  /** The title page's Title changed: the script's name in the library follows it. */
  onTitleChange?: (title: string) => void;
  /** After each layout: pages, words and scenes as the status bar shows them. */
  onLayout?: (figures: Figures) => void;
}

/** Names each editor's page container, which its generated stylesheet is scoped to. */
let editorCount = 0;

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

const NO_SUGGESTIONS: Suggestion[] = [];
const SCENES_MIN_WIDTH_PX = 900;
const NAVIGATION_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown', 'Shift', 'Control', 'Alt', 'Meta', 'Escape']);

/**
 * Slate learns about caret moves from throttled `selectionchange` events; a key handled in
 * keydown right after a caret move (End, a click) would act on the old position. So the DOM
 * selection is read first — the browser's beforeinput path does the same with its target range.
 */
function syncSelectionFromDom(editor: ScreenplayEditor): void {
  const dom = window.getSelection();
  if (!dom || dom.rangeCount === 0) return;
  const range = ReactEditor.toSlateRange(editor, dom, { exactMatch: false, suppressThrow: true });
  if (range && !(editor.selection && Range.equals(range, editor.selection))) Transforms.select(editor, range);
}

/** Memoised: the save state and panels of the screen around it change without touching the editor. */
export const ScriptEditor = memo(function ScriptEditor({ screenplay, onEdit, settings, readOnly = false, aside, onTitleChange, onLayout }: ScriptEditorProps) {
  const { t, i18n } = useTranslation('editor');
  const editor = useMemo(() => {
    const e = withScreenplay(withReact(withHistory(createEditor())) as ScreenplayEditor);
    // Slate's chunking keeps large scripts fluid: a keystroke re-renders only its own chunk, and
    // off-screen chunks skip style, layout and paint (content-visibility in editor.css). Chunks of
    // 100 blocks rather than 1,000 halve the browser's work per keystroke at 3,000 blocks (a
    // trace of 150 keys: 5.7 → 2.7 ms a key) and open a 120-page script a little faster.
    e.getChunkSize = (node) => (Editor.isEditor(node) ? 100 : null);
    return e;
  }, []);
  editor.afterDialogue = settings.afterDialogue;
  const initialValue = useMemo(() => toSlate(screenplay) as Descendant[], [screenplay]);
  const [titlePage, setTitlePage] = useState<TitleField[]>(screenplay.titlePage);
  const titleRef = useRef(titlePage);
  titleRef.current = titlePage;
  // One PageStore for the editor's life.
  const pages = useMemo(() => new PageStore(), []);
  const read = useCallback(() => fromSlate(editor.children as ScriptBlock[], titleRef.current), [editor]);
  // The page view lays out with the profile the PDF prints with: paper, the script's own layout, CONT'D setting;
  // its geometry (page-css.ts) comes from the same profile, and scene numbers follow the PDF export's choice.
  const printAs = useMemo(() => printProfile(settings.paper, screenplay.layout, { defaultAutomaticContd: settings.automaticContd }), [settings.paper, settings.automaticContd, screenplay.layout]);
  const pageVars = useMemo(() => pageCssVars(printAs), [printAs]);
  const view = useMemo(() => ({ pages }), [pages]);
  // Each element type's geometry: one generated stylesheet for this editor's page container.
  const scope = useMemo(() => `page-${++editorCount}`, []);
  useLayoutEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(elementRules(printAs, `.${scope}`));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [printAs, scope]);
  const sceneNumbers = useRememberedSceneNumbers();
  const opening = useCallback(() => fromSlate(initialValue as ScriptBlock[], titleRef.current), [initialValue]);
  const { figures, schedule, version: sceneVersion, turns } = useLayout(read, pages, printAs, sceneNumbers, opening);
  const decorate = useMemo(() => decorateTurns(editor, turns), [editor, turns]);
  useEffect(() => {
    onLayout?.(figures);
  }, [figures, onLayout]);

  const [vocab, setVocab] = useState<Vocabulary>(() => collectVocabulary(initialValue as ScriptBlock[]));
  const [suggestions, setSuggestionList] = useState<Suggestion[]>(NO_SUGGESTIONS);
  // An empty list replaces an empty list without a re-render (the common case while typing).
  const setSuggestions = useCallback((list: Suggestion[]) => setSuggestionList((old) => (old.length === 0 && list.length === 0 ? old : list)), []);
  const [chosen, setChosen] = useState(0);
  const [panel, setPanel] = useState<'none' | 'find' | 'title' | 'coach'>('none');
  // The scene list hides when the window turns narrow (200 % zoom of a laptop screen), where it
  // would leave the page a third of the width, and returns when it widens; the toolbar's Scenes
  // button shows or hides it in between.
  const wide = useMemo(() => window.matchMedia(`(min-width: ${SCENES_MIN_WIDTH_PX}px)`), []);
  const [showScenes, setShowScenes] = useState(wide.matches);
  useEffect(() => {
    const follow = (e: MediaQueryListEvent) => setShowScenes(e.matches);
    wide.addEventListener('change', follow);
    return () => wide.removeEventListener('change', follow);
  }, [wide]);

  const refreshSuggestions = useCallback(() => {
    const entry = currentBlock(editor);
    if (!entry || !editor.selection || !Editor.isEnd(editor, editor.selection.anchor, entry[1])) return setSuggestions([]);
    setSuggestions(suggest(entry[0].type, Node.string(entry[0]), vocab, i18n.language.startsWith('id') ? 'id' : 'en'));
    setChosen(0);
  }, [editor, vocab, setSuggestions, i18n.language]);

  // Names and places typed in this session join the suggestions after each (debounced) layout,
  // not only when the editor regains focus. Layout 1 is the opening one: the vocabulary above
  // was collected from that same text.
  useEffect(() => {
    if (sceneVersion > 1) setVocab(collectVocabulary(editor.children as ScriptBlock[]));
  }, [editor, sceneVersion]);

  const onChange = useCallback(() => {
    const changed = editor.operations.some((op) => op.type !== 'set_selection');
    if (!changed) {
      if (suggestions.length) setSuggestions([]);
      return;
    }
    onEdit?.(read);
    schedule();
    refreshSuggestions();
  }, [editor, onEdit, read, schedule, refreshSuggestions, suggestions.length, setSuggestions]);

  const accept = (s: Suggestion) => {
    const entry = currentBlock(editor);
    if (!entry) return;
    Transforms.insertText(editor, s.replacement, { at: Editor.range(editor, entry[1]) });
    Transforms.select(editor, Editor.end(editor, entry[1]));
    setSuggestions([]);
  };

  const caretMoved = useRef(false);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (suggestions.length) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        setChosen((c) => (c + (e.key === 'ArrowDown' ? 1 : suggestions.length - 1)) % suggestions.length);
        return;
      }
      if (e.key === 'Enter' || (e.key === 'Tab' && !e.shiftKey)) {
        e.preventDefault();
        accept(suggestions[chosen]);
        return;
      }
      if (e.key === 'Escape') {
        e.preventDefault();
        setSuggestions([]);
        return;
      }
    }
    const mod = MAC ? e.metaKey : e.ctrlKey;
    if (mod && (e.key === 'f' || e.key === 'h')) {
      e.preventDefault();
      setPanel('find');
      return;
    }
    if (e.nativeEvent.isComposing) return;
    // A key that edits acts on the caret or selection the browser shows, which Slate may not have
    // caught up with after the caret moved (Shift+Home then typing, Ctrl+1…7 right after an arrow
    // key, a click): read it first. Plain typing pays nothing: reading the DOM selection on every
    // keystroke would force a layout each time.
    if (NAVIGATION_KEYS.has(e.key)) caretMoved.current = true;
    else if (caretMoved.current || e.key === 'Enter' || e.key === 'Tab' || (MAC ? e.metaKey : e.ctrlKey)) {
      caretMoved.current = false;
      syncSelectionFromDom(editor);
    }
    const leaving = e.key === 'Enter' ? currentBlock(editor)?.[0].type : undefined;
    if (handleKey(editor, e, MAC)) e.preventDefault();
    // A cue or heading just finished: its name or place is suggested from the next line on.
    if (leaving === 'character' || leaving === 'scene_heading') setVocab(collectVocabulary(editor.children as ScriptBlock[]));
  };

  // The surface gets handlers that never change, calling the newest ones: it must not re-render
  // when this component does (see EditorSurface).
  const latest = useRef<SurfaceHandlers>(null);
  useLayoutEffect(() => {
    latest.current = {
      onKeyDown,
      onMouseUp: () => (caretMoved.current = true),
      onBlur: () => {
        setSuggestions([]);
        setVocab(collectVocabulary(editor.children as ScriptBlock[]));
      },
      onFocus: () => setVocab(collectVocabulary(editor.children as ScriptBlock[])),
    };
  });
  const handlers = useMemo<SurfaceHandlers>(
    () => ({
      onKeyDown: (e) => latest.current?.onKeyDown(e),
      onMouseUp: () => latest.current?.onMouseUp(),
      onBlur: () => latest.current?.onBlur(),
      onFocus: () => latest.current?.onFocus(),
    }),
    [],
  );

  // The editing host is made "plaintext-only" (Slate does all rich editing itself). Why: React,
  // before every commit, measures the selection inside a focused contenteditable="true" element by
  // walking its whole DOM — 17 ms per keystroke at 12,000 blocks. It skips other values.
  const paperRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const host = paperRef.current?.querySelector('[data-slate-editor]');
    if (host && !readOnly) host.setAttribute('contenteditable', 'plaintext-only');
  }, [readOnly]);
  // The page container fills out the last sheet (page-store.ts).
  useLayoutEffect(() => {
    pages.attachPaper(paperRef.current);
    return () => pages.attachPaper(null);
  }, [pages]);

  const updateTitle = (fields: TitleField[]) => {
    const title = titleOf(fields);
    if (title && title !== titleOf(titleRef.current)) onTitleChange?.(title);
    setTitlePage(fields);
    titleRef.current = fields;
    onEdit?.(read);
  };

  return (
    <EditorViewContext.Provider value={view}>
      <Slate editor={editor} initialValue={initialValue} onChange={onChange}>
        <div className="desk">
          <Toolbar
            readOnly={readOnly}
            scenesShown={showScenes}
            panel={panel}
            onScenes={() => setShowScenes(!showScenes)}
            onFind={() => setPanel(panel === 'find' ? 'none' : 'find')}
            onTitlePage={() => setPanel(panel === 'title' ? 'none' : 'title')}
            onCoach={() => setPanel(panel === 'coach' ? 'none' : 'coach')}
          />
          <div className="desk-body">
            {showScenes && <SceneNavigator version={sceneVersion} readOnly={readOnly} />}
            <div className={aside ? 'paper-scroll with-aside' : 'paper-scroll'}>
              <div className={`paper paper-${printAs.paper} ${scope}`} ref={paperRef} style={pageVars as CSSProperties}>
                <EditorSurface readOnly={readOnly} label={t('editorLabel')} handlers={handlers} decorate={decorate} />
              </div>
              {aside}
              {suggestions.length > 0 && (
                <AutocompletePopup suggestions={suggestions} chosen={chosen} onPick={accept} />
              )}
            </div>
            {panel === 'find' && <FindReplace onClose={() => { setPanel('none'); ReactEditor.focus(editor); }} readOnly={readOnly} />}
            {panel === 'coach' && <CoachPanel version={sceneVersion} paper={settings.paper} readOnly={readOnly} onClose={() => setPanel('none')} />}
            {panel === 'title' && <TitlePageDialog fields={titlePage} onChange={updateTitle} readOnly={readOnly} onClose={() => setPanel('none')} />}
          </div>
          <footer className="status-bar" aria-live="polite">
            <span>
              {t('pages')}: <strong data-testid="page-count">{figures.pages}</strong>
            </span>
            <span>{t('scenes', { count: figures.scenes })}</span>
            <span>{t('words', { count: figures.words })}</span>
            <span>{t('runtime', { minutes: figures.pages })}</span>
          </footer>
        </div>
      </Slate>
    </EditorViewContext.Provider>
  );
});
