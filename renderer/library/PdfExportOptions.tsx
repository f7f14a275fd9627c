/**
 * The choices a PDF export asks for: a title page (a reading copy wants one, a shooting copy
 * handed round at a table read may not) and scene numbers in both margins (for production).
 * The last choice is remembered on this computer.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './pdf-options.css';

export interface PdfChoices {
  titlePage: boolean;
  sceneNumbers: boolean;
  /** Automatic (CONT'D): starts from the script's own or the app's setting each time, not remembered. */
  automaticContd: boolean;
  /** Only the pages holding revised text: a choice for this export, never remembered. */
  revisedOnly?: boolean;
}

const KEY = 'naskah.pdfChoices';
/** Sent on the window when the remembered choices change, so the page view can follow the scene-number choice. */
const CHANGED = 'naskah:pdf-choices';

export function rememberedChoices(storage: Pick<Storage, 'getItem'>, automaticContd = true): PdfChoices {
  try {
    const v = JSON.parse(storage.getItem(KEY) ?? '{}') as Partial<PdfChoices>;
    return { titlePage: v.titlePage !== false, sceneNumbers: v.sceneNumbers === true, automaticContd };
  } catch {
    return { titlePage: true, sceneNumbers: false, automaticContd };
  }
}

/** The remembered "scene numbers" choice, kept up to date: the page view numbers scenes as the next PDF will. */
export function useRememberedSceneNumbers(): boolean {
  const [on, setOn] = useState(() => rememberedChoices(localStorage).sceneNumbers);
  useEffect(() => {
    const follow = () => setOn(rememberedChoices(localStorage).sceneNumbers);
    window.addEventListener(CHANGED, follow);
    // Another window of the app (browser mode) changed it.
    window.addEventListener('storage', follow);
    return () => {
      window.removeEventListener(CHANGED, follow);
      window.removeEventListener('storage', follow);
    };
  }, []);
  return on;
}

export function PdfExportOptions({ onExport, onCancel, automaticContd = true }: { onExport(choices: PdfChoices): void; onCancel(): void; automaticContd?: boolean }) {
  const { t } = useTranslation('library');
  const { t: tr } = useTranslation('revisions');
  const [choices, setChoices] = useState<PdfChoices>(() => rememberedChoices(localStorage, automaticContd));
  return (
    <form
      className="pdf-options"
      aria-label={t('pdf.title')}
      data-testid="pdf-options"
      onSubmit={(e) => {
        e.preventDefault();
        localStorage.setItem(KEY, JSON.stringify({ titlePage: choices.titlePage, sceneNumbers: choices.sceneNumbers }));
        window.dispatchEvent(new Event(CHANGED));
        onExport(choices);
      }}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <strong>{t('pdf.title')}</strong>
      <label>
        <input
          type="checkbox"
          checked={choices.titlePage}
          onChange={(e) => setChoices({ ...choices, titlePage: e.target.checked })}
          data-testid="pdf-title-page"
        />
        {t('pdf.titlePage')}
      </label>
      <label>
        <input
          type="checkbox"
          checked={choices.sceneNumbers}
          onChange={(e) => setChoices({ ...choices, sceneNumbers: e.target.checked })}
          data-testid="pdf-scene-numbers"
        />
        {t('pdf.sceneNumbers')}
      </label>
      <label>
        <input
          type="checkbox"
          checked={choices.automaticContd}
          onChange={(e) => setChoices({ ...choices, automaticContd: e.target.checked })}
          data-testid="pdf-automatic-contd"
        />
        {t('pdf.automaticContd')}
      </label>
      <label title={tr('revisedOnlyHint')}>
        <input
          type="checkbox"
          checked={choices.revisedOnly === true}
          onChange={(e) => setChoices({ ...choices, revisedOnly: e.target.checked })}
          data-testid="pdf-revised-only"
        />
        {tr('revisedOnly')}
      </label>
      <div className="row">
        <button type="submit" className="primary" data-testid="pdf-export" autoFocus>
          {t('pdf.export')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('pdf.cancel')}
        </button>
      </div>
    </form>
  );
}
