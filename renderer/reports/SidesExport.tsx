/** Pick a character, get their sides (numbered lines with cues) as text or PDF, for a recording session. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Paper } from '../../shared/screenplay/layout/profiles.ts';
import { invoke } from '../api.ts';
import { download } from '../ui/download.ts';

export interface SidesExportProps {
  scriptId: string;
  paper: Paper;
  names: readonly string[];
  flush: () => Promise<void>;
  onError: (err: unknown) => void;
}

export function SidesExport({ scriptId, paper, names, flush, onError }: SidesExportProps) {
  const { t } = useTranslation('reports');
  const [character, setCharacter] = useState(names[0] ?? '');
  const [busy, setBusy] = useState(false);

  const exportAs = async (format: 'text' | 'pdf') => {
    setBusy(true);
    try {
      await flush();
      download(await invoke('library.sides', { id: scriptId, character, format, paper }));
    } catch (err) {
      onError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="sides-export">
      <h3>{t('sides.title')}</h3>
      <p className="muted">{t('sides.explain')}</p>
      <div className="row">
        <label>
          <span className="visually-hidden">{t('sides.character')}</span>
          <select value={character} onChange={(e) => setCharacter(e.target.value)} data-testid="sides-character" aria-label={t('sides.character')}>
            {names.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={busy || !character} onClick={() => void exportAs('text')} data-testid="sides-text">
          {t('sides.asText')}
        </button>
        <button type="button" disabled={busy || !character} onClick={() => void exportAs('pdf')} data-testid="sides-pdf">
          {t('sides.asPdf')}
        </button>
      </div>
    </div>
  );
}
