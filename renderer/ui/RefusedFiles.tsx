/**
 * The files a class-folder poll refused, each under its name with the translated reason: the same
 * list in the instructor's class view, the mentor's corner and the trainee's feedback arrivals.
 * Nothing when none was refused.
 */
import type { AppErrorData } from '../../shared/errors.ts';
import { translateError } from '../i18n/index.ts';

export interface RefusedFile {
  fileName: string;
  problem: AppErrorData;
}

export function RefusedFiles({ refused, summary, testId, open = false }: { refused: readonly RefusedFile[]; summary: string; testId: string; open?: boolean }) {
  if (refused.length === 0) return null;
  return (
    <details open={open} data-testid={testId}>
      <summary>{summary}</summary>
      <ul className="problems">
        {refused.map((r) => (
          <li key={r.fileName} data-file={r.fileName}>
            {translateError(r.problem)}
          </li>
        ))}
      </ul>
    </details>
  );
}
