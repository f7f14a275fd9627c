/** Instructor: import trainees' progress reports (many at once) and see the class table. */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../shared/api.ts';
import { invoke } from '../api.ts';
import { translateError } from '../i18n/index.ts';
import { ErrorBanner } from '../ui/ErrorBanner.tsx';
import { FilePickButton } from '../ui/FilePickButton.tsx';
import { pick } from './bytes.ts';

export function ClassTable({ packId }: { packId: string }) {
  const { t, i18n } = useTranslation('training');
  const [table, setTable] = useState<Output<'course.classTable'> | null>(null);
  const [result, setResult] = useState<Output<'course.importReports'> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const refresh = useCallback(() => invoke('course.classTable', { packId }).then(setTable, setError), [packId]);
  useEffect(() => void refresh(), [refresh]);

  const importFiles = async (files: File[]) => {
    try {
      const payload = await Promise.all([...files].map(async (f) => ({ fileName: f.name, content: await f.text() })));
      setResult(await invoke('course.importReports', { files: payload }));
      await refresh();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section className="class-table" aria-label={t('classTitle')}>
      <h3>{t('classTitle')}</h3>
      <FilePickButton accept=".json" multiple testId="report-files" onFiles={(files) => void importFiles(files)}>
        {t('importReports')}
      </FilePickButton>
      {error ? <ErrorBanner error={error} onClose={() => setError(null)} /> : null}
      {result && (
        <div role="status" data-testid="report-import-result">
          {t('reportsImported', { added: result.added, duplicates: result.duplicates })}
          {result.refused.length > 0 && (
            <ul className="problems">
              {result.refused.map((r) => (
                <li key={r.fileName}>{translateError(r.problem)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {table && table.rows.length > 0 && (
        <table data-testid="class-rows">
          <thead>
            <tr>
              <th scope="col">{t('traineeName')}</th>
              <th scope="col">{t('progress')}</th>
              <th scope="col">{t('words')}</th>
              {table.exercises.map((e) => (
                <th scope="col" key={e.id}>
                  {pick(e.title, i18n.language)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => (
              <tr key={r.trainee}>
                <th scope="row">{r.trainee}</th>
                <td>
                  {r.done}/{r.total}
                </td>
                <td>{r.wordsWritten}</td>
                {table.exercises.map((e) => (
                  <td key={e.id} className={`status-${r.exercises[e.id] ?? 'todo'}`}>
                    {t(`itemStatus.${r.exercises[e.id] ?? 'todo'}`)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
