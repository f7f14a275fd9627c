/**
 * The refused-files list the three class-folder watchers share: each refused file under its name
 * with its reason translated from the error code (here in English and Indonesian), open or folded
 * as the caller asks, and nothing at all when nothing was refused.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n, setLanguage } from '../../../renderer/i18n/index.ts';
import { RefusedFiles, type RefusedFile } from '../../../renderer/ui/RefusedFiles.tsx';

const REFUSED: RefusedFile[] = [
  { fileName: 'broken.naskahreport', problem: { code: 'classfolder.unreadable', params: { file: 'broken.naskahreport', reason: 'EACCES' } } },
  { fileName: 'huge.naskahreport', problem: { code: 'classfolder.too_large', params: { file: 'huge.naskahreport', max: 1000 } } },
];

describe('RefusedFiles', () => {
  beforeAll(async () => {
    // The UI's i18next with its real bundles; it also sets <html lang>, which plain Node has no document for.
    vi.stubGlobal('document', { documentElement: { lang: '' } });
    await initI18n('en');
  });
  afterAll(async () => {
    await setLanguage('en');
    vi.unstubAllGlobals();
  });

  it('lists each refused file with its translated reason, open when asked', async () => {
    await setLanguage('en');
    const html = renderToStaticMarkup(<RefusedFiles open refused={REFUSED} summary="2 files were refused" testId="class-folder-refused" />);
    expect(html).toBe(
      '<details open="" data-testid="class-folder-refused"><summary>2 files were refused</summary><ul class="problems">' +
        '<li data-file="broken.naskahreport">broken.naskahreport in the class folder could not be read (EACCES).</li>' +
        '<li data-file="huge.naskahreport">huge.naskahreport in the class folder is larger than 1000 bytes, so it was not read.</li>' +
        '</ul></details>',
    );
  });

  it('says the reasons in the UI language, folded by default', async () => {
    await setLanguage('id');
    const html = renderToStaticMarkup(<RefusedFiles refused={REFUSED.slice(0, 1)} summary="1 berkas ditolak" testId="feedback-folder-refused" />);
    expect(html).toBe('<details data-testid="feedback-folder-refused"><summary>1 berkas ditolak</summary><ul class="problems"><li data-file="broken.naskahreport">broken.naskahreport di folder kelas tidak dapat dibaca (EACCES).</li></ul></details>');
  });

  it('renders nothing when no file was refused', () => {
    expect(renderToStaticMarkup(<RefusedFiles refused={[]} summary="none" testId="x" />)).toBe('');
  });
});
