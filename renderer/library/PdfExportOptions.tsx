/**
 * The choices a PDF export asks for: a title page (a reading copy wants one, a shooting copy
 * handed round at a table read may not) and scene numbers in both margins (for production).
 * The last choice is remembered on this computer.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import './pdf-options.css';

export interface PdfChoices {
  titlePage: boolean;
  sceneNumbers: boolean;
}

const KEY = 'naskah.pdfChoices';

export function rememberedChoices(storage: Pick<Storage, 'getItem'>): PdfChoices {
  try {
    const v = JSON.parse(storage.getItem(KEY) ?? '{}') as Partial<PdfChoices>;
    return { titlePage: v.titlePage !== false, sceneNumbers: v.sceneNumbers === true };
  } catch {
    return { titlePage: true, sceneNumbers: false };
  }
}

export function PdfExportOptions({ onExport, onCancel }: { onExport(choices: PdfChoices): void; onCancel(): void }) {
  const { t } = useTranslation('library');
  const [choices, setChoices] = useState<PdfChoices>(() => rememberedChoices(localStorage));
  return (
    <form
      className="pdf-options"
      aria-label={t('pdf.title')}
      data-testid="pdf-options"
      onSubmit={(e) => {
        e.preventDefault();
        localStorage.setItem(KEY, JSON.stringify(choices));
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
