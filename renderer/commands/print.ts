/**
 * Print = the PDF export's pages, never a screenshot of the editor. Inside Electron the host opens
 * its print window on the PDF it generates itself (electron/print/); in browser mode the PDF opens
 * in a new tab, where the browser's viewer prints it. The tab is opened before the PDF is made, while
 * the key press or click still counts as the writer's action (pop-up blockers allow only that).
 */
import type { Paper } from '../../shared/screenplay/layout/profiles.ts';
import { AppError } from '../../shared/errors.ts';
import { inDesktopHost, invoke, notifyHost } from '../api.ts';
import { fileBytes } from '../ui/file-bytes.ts';

export async function printScript(scriptId: string, paper: Paper, flush: () => Promise<unknown>): Promise<void> {
  if (inDesktopHost()) {
    await flush();
    notifyHost('print', { scriptId, paper });
    return;
  }
  const tab = window.open('', '_blank');
  if (!tab) throw new AppError('commands.popup_blocked', {});
  try {
    await flush();
    const file = await invoke('library.export', { id: scriptId, format: 'pdf', paper });
    const url = URL.createObjectURL(new Blob([fileBytes(file)], { type: 'application/pdf' }));
    tab.location.href = url;
    // The tab holds its own copy once loaded; a minute is ample for that.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (err) {
    tab.close();
    throw err;
  }
}
