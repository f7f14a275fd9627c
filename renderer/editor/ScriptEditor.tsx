/**
 * The writing desk: toolbar, the Slate screenplay editor in page view, scene navigator, find and
 * replace, title page and status bar. Suggestions (use-suggestions.ts), caret sync
 * (use-caret-sync.ts) and key commands (keys.ts) each live in their own module; this one routes
 * keys between them and holds the panels; the scene list's width rule (use-scene-list.ts) and a
 * browser workaround (use-plaintext-host.ts) are hooks of their own. Loading and saving belong to the parent: it receives
 * `onEdit(read)` on every content change and calls `read()` when it saves (once per pause).
 */
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createEditor, Editor, Transforms, type Descendant, type NodeEntry, type Range } from 'slate';
import { withHistory } from 'slate-history';
import { ReactEditor, Slate, withReact } from 'slate-react';
import type { Paper } from '../../shared/screenplay/layout/profiles.ts';
import type { Screenplay, TitleField } from '../../shared/screenplay/model.ts';
import { titleOf } from '../../shared/screenplay/rules/title.ts';
import { commandHeld, IS_MAC } from '../ui/modifier-key.ts';
import { AutocompletePopup } from './AutocompletePopup.tsx';
import { CoachPanel } from './CoachPanel.tsx';
import { mountAllBeforeKey, mountChunksEagerly } from './chunk-mount.tsx';
import { EditorSurface, type SurfaceHandlers } from './EditorSurface.tsx';
import { fromSlate, toSlate } from './convert.ts';
import { FindReplace } from './FindReplace.tsx';
import { isImeKey } from './ime.ts';
import { handleKey } from './keys.ts';
import { elementRules, pageCssVars } from './page-css.ts';
import { PageStore } from './page-store.ts';
import { decorateTurns } from './page-turns.ts';
import { BlockIndex, decorationsAtRoot } from './root-decorations.ts';
import { SceneNavigator } from './SceneNavigator.tsx';
import { SpellMenu } from './spelling/SpellMenu.tsx';
import { useSpelling } from './spelling/use-spelling.ts';
import { StatusBar } from './StatusBar.tsx';
import { TitlePageDialog } from './TitlePageDialog.tsx';
import { Toolbar } from './Toolbar.tsx';
import type { ScreenplayEditor, ScriptBlock } from './types.ts';
import { useCaretSync } from './use-caret-sync.ts';
import { useEditorCommands } from './use-editor-commands.ts';
import { useLayout, type Figures } from './use-layout.ts';
import { usePlaintextHost } from './use-plaintext-host.ts';
import { useSceneList } from './use-scene-list.ts';
import { useSuggestions } from './use-suggestions.ts';
import { printProfile } from '../../shared/screenplay/layout/print-profile.ts';
import { EditorViewContext } from './view-context.ts';
import { mergeTitlePage } from './paste.ts';
import { currentBlock, withScreenplay } from './with-screenplay.ts';
import { withRevisionMode } from './revisions/with-revision-mode.ts';
import { useRevisionMode } from './revisions/use-revision-mode.ts';
import { RevisionControls } from './revisions/RevisionControls.tsx';
import { useRememberedSceneNumbers } from '../library/PdfExportOptions.tsx';
import { SceneTools, withLockFlag } from './SceneTools.tsx';
import { withLockedNumbers } from './locked-numbers.ts';
import { IndexCards } from '../cards/IndexCards.tsx';
import { usePaperFit } from '../focus/paper-fit.ts';
import { useIndexCards } from '../cards/use-index-cards.ts';
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
  /** Shown at the end of the status bar (the daily goal); keep it stable, the editor is memoised. */
  status?: ReactNode;
}

/** What the Editable's decorate gives every node below the root (never appended to by Slate). */
const NO_RANGES: Range[] = [];

/** Names each editor's page container, which its generated stylesheet is scoped to. */
let editorCount = 0;

/** Memoised: the save state and panels of the screen around it change without touching the editor. */
export const ScriptEditor = memo(function ScriptEditor({ screenplay, onEdit, settings, readOnly = false, aside, onTitleChange, onLayout, status }: ScriptEditorProps) {
  const { t, i18n } = useTranslation('editor');
  const editor = useMemo(() => {
    const e = withRevisionMode(withLockedNumbers(withScreenplay(withReact(withHistory(createEditor())) as ScreenplayEditor)));
    // Slate's chunking keeps large scripts fluid: a keystroke re-renders only its own chunk, and
    // off-screen chunks skip style, layout and paint (content-visibility in editor.css). Chunks of
    // 100 blocks rather than 1,000 halve the browser's work per keystroke at 3,000 blocks (a
    // trace of 150 keys: 5.7 → 2.7 ms a key) and open a 120-page script a little faster.
    e.getChunkSize = (node) => (Editor.isEditor(node) ? 100 : null);
    return e;
  }, []);
  editor.afterDialogue = settings.afterDialogue;
  // The review comments beside the page are placed beside their blocks: every block in the DOM from the start.
  mountChunksEagerly(editor, aside !== undefined);
  const spelling = useSpelling(editor, { enabled: !readOnly, uiLanguage: i18n.language.startsWith('id') ? 'id' : 'en' }); // no Korean dictionary: English
  const { onEdit: onSpellEdit } = spelling;
  const initialValue = useMemo(() => {
    editor.lockedSceneNumbers = screenplay.lockedSceneNumbers === true;
    return toSlate(screenplay) as Descendant[];
  }, [screenplay, editor]);
  const [titlePage, setTitlePage] = useState<TitleField[]>(screenplay.titlePage);
  const titleRef = useRef(titlePage);
  titleRef.current = titlePage;
  // One PageStore for the editor's life.
  const pages = useMemo(() => new PageStore(), []);
  // Each element type's geometry: one generated stylesheet for this editor's page container.
  const scope = useMemo(() => `page-${++editorCount}`, []);
  const revisions = useRevisionMode(editor, screenplay, scope, () => onEdit?.(read));
  const { setsRef, onRef: revisionOnRef } = revisions;
  const read = useCallback(() => {
    const model = withLockFlag(fromSlate(editor.children as ScriptBlock[], titleRef.current), editor);
    if (!setsRef.current?.length) return model;
    return revisionOnRef.current ? { ...model, revisions: setsRef.current, revisionMode: true as const } : { ...model, revisions: setsRef.current };
  }, [editor, setsRef, revisionOnRef]);
  // The page view lays out with the profile the PDF prints with: paper, the script's own layout, CONT'D setting;
  // its geometry (page-css.ts) comes from the same profile, and scene numbers follow the PDF export's choice.
  const printAs = useMemo(() => printProfile(settings.paper, screenplay.layout, { defaultAutomaticContd: settings.automaticContd }), [settings.paper, settings.automaticContd, screenplay.layout]);
  const pageVars = useMemo(() => pageCssVars(printAs), [printAs]);
  const view = useMemo(() => ({ pages }), [pages]);
  useLayoutEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(elementRules(printAs, `.${scope}`));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [printAs, scope]);
  const sceneNumbers = useRememberedSceneNumbers();
  const opening = useCallback(() => withLockFlag(fromSlate(initialValue as ScriptBlock[], titleRef.current), editor), [initialValue, editor]);
  const { figures, schedule, version: sceneVersion, turns } = useLayout(read, pages, printAs, sceneNumbers, opening);
  // Page turns inside blocks and spelling marks of one text: new only when either changed.
  const decorateSpelling = spelling.decorate;
  const { flaggedIds } = spelling;
  const decorateText = useMemo(() => {
    const turnsOf = decorateTurns(editor, turns);
    return (entry: NodeEntry) => {
      const spelled = decorateSpelling(entry);
      const turned = turnsOf(entry);
      return spelled.length === 0 ? turned : turned.length === 0 ? spelled : [...turned, ...spelled];
    };
  }, [editor, turns, decorateSpelling]);
  // The blocks with something to draw, and the Editable's decorate: the same function for the
  // editor's life, giving all of it at the root (root-decorations.ts says why).
  const decorated = useMemo(() => new Set([...turns.keys(), ...flaggedIds()]), [turns, flaggedIds]);
  const decorations = useRef({ decorateText, decorated });
  decorations.current = { decorateText, decorated };
  const blockIndex = useMemo(() => new BlockIndex(), []);
  const decorate = useCallback(
    ([, path]: NodeEntry) => (path.length === 0 ? decorationsAtRoot(editor.children as ScriptBlock[], decorations.current.decorated, blockIndex, decorations.current.decorateText) : NO_RANGES),
    [editor, blockIndex],
  );
  useEffect(() => {
    onLayout?.(figures);
  }, [figures, onLayout]);
  // Opening a script puts the caret in it (at the top unless a caret is already set): the writer
  // types at once, with no click on the page first. A read-only view leaves the focus alone.
  useEffect(() => {
    if (readOnly) return;
    if (!editor.selection) Transforms.select(editor, Editor.start(editor, []));
    ReactEditor.focus(editor);
  }, [editor, readOnly]);

  const suggestions = useSuggestions(editor, initialValue as ScriptBlock[], sceneVersion);
  const caret = useCaretSync(editor);
  const [panel, setPanel] = useState<'none' | 'find' | 'title' | 'coach'>('none');
  const [showScenes, setShowScenes] = useSceneList();
  useEditorCommands(editor, { readOnly, panel, setPanel, showScenes, setShowScenes });
  const cards = useIndexCards();
  // Stable, so the memoised toolbar does not re-render with the desk after each layout.
  // Memoised like sceneTools: the Toolbar is memoised on its props.
  const revisionControls = useMemo(() => <RevisionControls mode={revisions} readOnly={readOnly} />, [revisions, readOnly]);
  const sceneTools = useMemo(() => <SceneTools read={read} readOnly={readOnly} onChanged={() => { onEdit?.(read); schedule(); }} />, [read, readOnly, onEdit, schedule]);

  const { hide: hideSuggestions, refresh: refreshSuggestions } = suggestions;
  const suggesting = suggestions.list.length > 0;
  const onChange = useCallback(() => {
    const changed = editor.operations.some((op) => op.type !== 'set_selection');
    if (!changed) {
      if (suggesting) hideSuggestions();
      return;
    }
    onEdit?.(read);
    onSpellEdit();
    schedule();
    refreshSuggestions();
  }, [editor, onEdit, read, schedule, refreshSuggestions, suggesting, hideSuggestions, onSpellEdit]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    mountAllBeforeKey(editor, e);
    // Keys an IME is composing with are the IME's: before suggestions, shortcuts and element keys.
    // Tab still must not do the browser's default, which would move the focus out mid-word.
    if (isImeKey(e.nativeEvent)) {
      if (e.key === 'Tab') e.preventDefault();
      return;
    }
    if (suggestions.handleKey(e)) {
      e.preventDefault();
      return;
    }
    if (commandHeld(e) && (e.key === 'f' || e.key === 'h')) {
      e.preventDefault();
      setPanel('find');
      return;
    }
    caret.beforeKey(e);
    const leaving = e.key === 'Enter' ? currentBlock(editor)?.[0].type : undefined;
    if (handleKey(editor, e, IS_MAC)) e.preventDefault();
    // A cue or heading just finished: its name or place is suggested from the next line on.
    if (leaving === 'character' || leaving === 'scene_heading') suggestions.relearn();
  };

  // The surface gets handlers that never change, calling the newest ones: it must not re-render
  // when this component does (see EditorSurface).
  const latest = useRef<SurfaceHandlers>(null);
  useLayoutEffect(() => {
    latest.current = {
      onKeyDown,
      onMouseUp: caret.caretMoved,
      onBlur: () => {
        suggestions.hide();
        suggestions.relearn();
      },
      onFocus: suggestions.relearn,
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

  const paperRef = usePlaintextHost(readOnly);
  // The zoom that fits the page beside the open panels, for View ▸ Fit page width (paper-fit.ts).
  usePaperFit(paperRef, pageVars['--page-width']);
  // The page container fills out the last sheet (page-store.ts).
  useLayoutEffect(() => {
    pages.attachPaper(paperRef.current);
    return () => pages.attachPaper(null);
  }, [pages, paperRef]);

  const updateTitle = (fields: TitleField[]) => {
    const title = titleOf(fields);
    if (title && title !== titleOf(titleRef.current)) onTitleChange?.(title);
    setTitlePage(fields);
    titleRef.current = fields;
    onEdit?.(read);
  };
  // A pasted Fountain file's title page fills this script's (paste.ts keeps what is left in a note).
  editor.pasteTitlePage = (pasted) => {
    const { fields, leftOver } = mergeTitlePage(titleRef.current, pasted);
    updateTitle(fields);
    return leftOver;
  };

  return (
    <EditorViewContext.Provider value={view}>
      <Slate editor={editor} initialValue={initialValue} onChange={onChange}>
        <div className="desk">
          <Toolbar
            readOnly={readOnly}
            scenesShown={showScenes}
            panel={panel}
            tools={sceneTools}
            extra={revisionControls}
          />
          <div className="desk-body">
            {showScenes && <SceneNavigator version={sceneVersion} readOnly={readOnly} />}
            {cards.open && <IndexCards version={sceneVersion} readOnly={readOnly} read={read} profile={printAs} pickStructure={cards.pickStructure} onClose={() => { cards.close(); ReactEditor.focus(editor); }} />}
            <div className={aside ? 'paper-scroll with-aside' : 'paper-scroll'}>
              <div className={`paper paper-${printAs.paper} ${scope}`} ref={paperRef} style={pageVars as CSSProperties}>
                <EditorSurface readOnly={readOnly} label={t('editorLabel')} handlers={handlers} decorate={decorate} redecorate={decorateText} />
                <SpellMenu spelling={spelling} />
              </div>
              {aside}
              {suggesting && (
                <AutocompletePopup suggestions={suggestions.list} chosen={suggestions.chosen} onPick={suggestions.accept} />
              )}
            </div>
            {panel === 'find' && <FindReplace onClose={() => { setPanel('none'); ReactEditor.focus(editor); }} readOnly={readOnly} />}
            {panel === 'coach' && <CoachPanel version={sceneVersion} paper={settings.paper} readOnly={readOnly} onClose={() => setPanel('none')} />}
            {panel === 'title' && <TitlePageDialog fields={titlePage} onChange={updateTitle} readOnly={readOnly} onClose={() => setPanel('none')} />}
          </div>
          <StatusBar figures={figures} extra={status} />
        </div>
      </Slate>
    </EditorViewContext.Provider>
  );
});
