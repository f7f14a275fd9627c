/**
 * Compare two drafts of the open script (issue 14, deliver 3): a snapshot against the working
 * draft, two snapshots, or a script file (Fountain, FDX, JSON — another writer's version, the
 * draft a mentor printed) against either — scene-aware (moved, added, removed, changed) with word highlights,
 * side by side or inline. The diff is shared/screenplay/compare's, the one `naskah diff` prints;
 * the working draft is read as saved (the caller's flush runs first), like Reports.
 */
import { useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Snapshot } from '../../shared/api/library.ts';
import { AppError } from '../../shared/errors.ts';
import { changesOnly, diffScreenplays } from '../../shared/screenplay/compare/diff.ts';
import { decodeScriptBytes } from '../../shared/screenplay/decode-text.ts';
import { readScript } from '../../shared/screenplay/formats.ts';
import type { Screenplay } from '../../shared/screenplay/model.ts';
import { invoke } from '../api.ts';
import { translateError } from '../i18n/index.ts';
import { FilePickButton } from '../ui/FilePickButton.tsx';
import { CompareScene, type CompareLayout } from './CompareScene.tsx';
import { TitlePageChanges } from './TitlePageChanges.tsx';
import './compare.css';

/** A side of the comparison: the working draft, a picked file, or a snapshot by id. */
const DRAFT = 'draft';
const FILE = 'file';
/** Text formats a browser can read without the host (a PDF needs the host's reader: import it instead). */
const ACCEPT = '.fountain,.spmd,.txt,.fdx,.json';

/** A picked script file read as the library reads it (encoding, format by extension). */
async function readFile(file: File): Promise<Screenplay> {
  const text = decodeScriptBytes(new Uint8Array(await file.arrayBuffer()), file.name);
  if (!text.ok) throw new AppError(text.error.code, { file: file.name, ...text.error.params });
  const script = readScript(file.name, text.value);
  if (!script.ok) throw new AppError(script.error.code, { file: file.name, ...script.error.params });
  return script.value;
}

export interface CompareViewProps {
  scriptId: string;
  snapshots: readonly Snapshot[];
  /** The snapshot to compare first (with the working draft). */
  snapshotId: string;
  /** Saves the working draft, so what is compared is what is on screen. */
  flush: () => Promise<void>;
  onError: (err: unknown) => void;
  onClose: () => void;
}

export function CompareView({ scriptId, snapshots, snapshotId, flush, onError, onClose }: CompareViewProps) {
  const { t } = useTranslation('compare');
  const [oldSide, setOldSide] = useState(snapshotId);
  const [newSide, setNewSide] = useState(DRAFT);
  const [layout, setLayout] = useState<CompareLayout>('side');
  const [drafts, setDrafts] = useState<{ key: string; old: Screenplay; new: Screenplay } | null>(null);
  const [picked, setPicked] = useState<{ name: string; screenplay: Screenplay; n: number } | null>(null);
  const [fileError, setFileError] = useState<unknown>(null);
  // A new pick of a file makes a new comparison even when the side was already "file".
  const wanted = `${oldSide}|${newSide}|${picked?.n ?? 0}`;

  useEffect(() => {
    let alive = true;
    const key = wanted;
    const load = async (side: string) => {
      if (side === FILE && picked) return picked.screenplay;
      if (side === DRAFT) {
        await flush();
        return (await invoke('draft.load', { scriptId })).screenplay;
      }
      return (await invoke('snapshot.load', { id: side })).screenplay;
    };
    Promise.all([load(oldSide), load(newSide)]).then(
      ([o, n]) => alive && setDrafts({ key, old: o, new: n }),
      (err) => alive && onError(err),
    );
    return () => {
      alive = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- loads when the sides change; a new flush/onError from a re-render must not load again
  }, [scriptId, wanted]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  const diff = useMemo(() => (drafts && drafts.key === wanted ? changesOnly(diffScreenplays(drafts.old, drafts.new)) : null), [drafts, wanted]);
  const nameOf = (side: string) =>
    side === DRAFT ? t('view.workingDraft') : side === FILE ? t('view.file', { name: picked?.name ?? '' }) : t('view.snapshot', { name: snapshots.find((s) => s.id === side)?.name ?? side });
  const pick = async (file: File) => {
    try {
      const screenplay = await readFile(file);
      setFileError(null);
      setPicked({ name: file.name, screenplay, n: (picked?.n ?? 0) + 1 });
      setOldSide(FILE);
    } catch (err) {
      setFileError(err);
    }
  };
  const choices = (
    <>
      <option value={DRAFT}>{t('view.workingDraft')}</option>
      {picked && <option value={FILE}>{t('view.file', { name: picked.name })}</option>}
      {snapshots.map((s) => (
        <option key={s.id} value={s.id}>
          {t('view.snapshot', { name: s.name })}
        </option>
      ))}
    </>
  );

  // On the document's body: the view opens from the snapshots panel but is not part of it.
  return createPortal(
    <div className="compare-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <section className="compare" role="dialog" aria-modal="true" aria-labelledby="compare-title" data-testid="compare-view" data-layout={layout} aria-busy={!diff}>
        <header className="compare-head">
          <h2 id="compare-title">{t('view.title')}</h2>
          <select value={oldSide} onChange={(e) => setOldSide(e.target.value)} aria-label={t('view.oldSide')} data-testid="compare-old">
            {choices}
          </select>
          <span aria-hidden="true">→</span>
          <select value={newSide} onChange={(e) => setNewSide(e.target.value)} aria-label={t('view.newSide')} data-testid="compare-new">
            {choices}
          </select>
          <FilePickButton accept={ACCEPT} testId="compare-file" onFiles={([f]) => void pick(f)}>
            {t('view.pickFile')}
          </FilePickButton>
          <span className="spacer" />
          <span role="group" aria-label={t('view.layout')} className="compare-layout">
            <button type="button" aria-pressed={layout === 'side'} onClick={() => setLayout('side')} data-testid="compare-side-by-side">
              {t('view.sideBySide')}
            </button>
            <button type="button" aria-pressed={layout === 'inline'} onClick={() => setLayout('inline')} data-testid="compare-inline">
              {t('view.inline')}
            </button>
          </span>
          <button type="button" onClick={onClose} data-testid="close-compare" autoFocus>
            {t('view.close')}
          </button>
        </header>
        <p className="muted compare-direction">{t('view.direction', { old: nameOf(oldSide), new: nameOf(newSide) })}</p>
        {fileError ? (
          <p className="compare-error" role="alert" data-testid="compare-error">
            {translateError(fileError)}
          </p>
        ) : null}
        {!diff ? (
          <p className="muted" role="status">
            {t('view.loading')}
          </p>
        ) : !diff.changed ? (
          <p role="status" data-testid="compare-none">
            {t('view.none')}
          </p>
        ) : (
          <>
            <p role="status" data-testid="compare-summary">
              {t('view.summary', {
                moved: diff.summary.scenesMoved,
                added: diff.summary.scenesAdded,
                removed: diff.summary.scenesRemoved,
                elAdded: diff.summary.elementsAdded,
                elRemoved: diff.summary.elementsRemoved,
                elChanged: diff.summary.elementsChanged,
              })}
            </p>
            {layout === 'side' && (
              <div className="compare-element compare-sides-head" aria-hidden="true">
                <span />
                <span>{t('view.oldSide')}</span>
                <span>{t('view.newSide')}</span>
              </div>
            )}
            <TitlePageChanges changes={diff.titlePage} layout={layout} />
            {diff.scenes.map((s) => (
              <CompareScene key={`${s.change}-${s.old?.index ?? ''}-${s.new?.index ?? ''}`} scene={s} layout={layout} />
            ))}
          </>
        )}
      </section>
    </div>,
    document.body,
  );
}
