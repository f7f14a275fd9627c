/**
 * Compare drafts in the browser (issue 14, deliver 3; contract 4's compare view): take a snapshot,
 * change the working draft, open compare from the snapshot and see the change, its new words
 * highlighted — side by side and inline.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Input, MethodName } from '../../shared/api.ts';
import { call as callMethod } from '../../electron/call.ts';
import { launchApp, type App } from './harness.ts';
import { waitSaved } from './keys.ts';

const FOUNTAIN = `Title: Hujan

INT. RUMAH - MALAM

Hujan turun di atap seng.

SARI
Kamu datang juga.

EXT. JALAN RAYA - PAGI

Budi berlari mengejar bus kota.
`;

describe('compare a snapshot with the working draft', () => {
  let app: App;
  const call = <M extends MethodName>(method: M, input: Input<M>) => callMethod(app.backend.handlers, method, input);

  beforeAll(async () => {
    app = await launchApp();
    await call('library.import', { fileName: 'hujan.fountain', content: FOUNTAIN });
    await app.page.reload();
    await app.page.getByTestId('script-item').first().click();
    await app.page.getByTestId('script-editor').waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the changed speech with its new words highlighted, side by side and inline', async () => {
    const p = app.page;
    await p.getByRole('button', { name: 'Snapshots' }).click();
    await p.getByLabel('Snapshot name').fill('Mentor');
    await p.getByRole('button', { name: 'Take snapshot' }).click();
    await p.getByTestId('compare-snapshot').waitFor();

    // Change the draft: one more sentence at the end of Sari's speech.
    await p.locator('[data-testid=script-editor] [data-element=dialogue] .block-text').first().click();
    await p.keyboard.press('End');
    await p.keyboard.type(' Masuklah.');
    await waitSaved(p);

    // Nothing changed yet in the other scene; the speech did.
    await p.getByTestId('compare-snapshot').click();
    const view = p.getByTestId('compare-view');
    await view.getByTestId('compare-summary').waitFor();
    expect(await view.getByTestId('compare-summary').textContent()).toBe('Scenes: 0 moved, 0 added, 0 removed. Elements: 0 added, 0 removed, 1 changed.');
    expect(await view.locator('[data-change]').evaluateAll((els) => els.map((e) => e.getAttribute('data-change')))).toEqual(['changed']);
    const changed = view.locator('[data-change=changed]');
    expect(await changed.locator('.compare-old').textContent()).toBe('Kamu datang juga.');
    expect(await changed.locator('.compare-new').textContent()).toBe('Kamu datang juga. Masuklah.');
    expect(await changed.locator('ins[data-word=added]').allTextContents()).toEqual([' Masuklah.']);
    expect(await p.getByTestId('compare-side-by-side').getAttribute('aria-pressed')).toBe('true');

    await p.getByTestId('compare-inline').click();
    expect(await p.getByTestId('compare-inline').getAttribute('aria-pressed')).toBe('true');
    expect(await view.getAttribute('data-layout')).toBe('inline');
    expect(await changed.locator('.compare-text').textContent()).toBe('Kamu datang juga. Masuklah.');
    expect(await changed.locator('ins[data-word=added]').allTextContents()).toEqual([' Masuklah.']);

    // The snapshot against itself: no changes.
    await p.getByTestId('compare-new').selectOption({ label: 'Snapshot “Mentor”' });
    await view.getByTestId('compare-none').waitFor();
    expect(await view.locator('[data-change]').count()).toBe(0);

    // A file against the working draft: the scene it lacks is "added"; a file that is not a
    // script says why, translated, and leaves the comparison as it was.
    await p.getByTestId('compare-new').selectOption({ label: 'Working draft' });
    await p.getByTestId('compare-file').setInputFiles({ name: 'cetak.fountain', mimeType: 'text/plain', buffer: Buffer.from(FOUNTAIN.split('EXT. JALAN')[0]) });
    await view.locator('[data-change=added]').waitFor();
    expect(await view.locator('.compare-direction').textContent()).toBe('File “cetak.fountain” → Working draft');
    expect(await view.locator('[data-change]').evaluateAll((els) => els.map((e) => e.getAttribute('data-change')))).toEqual(['changed', 'added']);
    await p.getByTestId('compare-file').setInputFiles({ name: 'rusak.json', mimeType: 'application/json', buffer: Buffer.from('{"version":') });
    expect(await view.getByTestId('compare-error').textContent()).toMatch(/^The JSON file is not valid: /);

    await p.keyboard.press('Escape');
    await view.waitFor({ state: 'detached' });
  });

  it('shows a moved, an added and a removed scene, in Indonesian too', async () => {
    // A second script whose snapshot and draft differ by whole scenes (set up through the
    // contract, as the library would after a day of writing).
    const p = app.page;
    const { id } = await call('library.import', { fileName: 'pasar.fountain', content: FOUNTAIN.replace('Title: Hujan', 'Title: Pasar') + '\nINT. PASAR - SIANG\n\nPedagang berteriak.\n\nEXT. STASIUN - MALAM\n\nKereta terakhir berangkat.\n' });
    await call('snapshot.create', { scriptId: id, name: 'Draf 1' });
    const { screenplay } = await call('draft.load', { scriptId: id });
    const heads = screenplay.elements.flatMap((e, i) => (e.type === 'scene_heading' ? [i] : []));
    const scene = (n: number) => screenplay.elements.slice(heads[n], heads[n + 1] ?? screenplay.elements.length);
    // Scenes 1 2 3 4 → 1 4 2, scene 3 cut, a new one added at the end: scene 4 moved to second place.
    const elements = [...scene(0), ...scene(3), ...scene(1), { type: 'scene_heading' as const, text: 'EXT. PANTAI - SENJA' }, { type: 'action' as const, text: 'Ombak memecah karang.' }];
    await call('draft.save', { scriptId: id, screenplay: { ...screenplay, elements } });
    await call('settings.set', { language: 'id' });

    await p.goto(app.url);
    await p.getByTestId('script-item').filter({ hasText: 'Pasar' }).click();
    await p.getByTestId('script-editor').waitFor();
    await p.getByRole('button', { name: 'Cuplikan' }).click();
    await p.getByTestId('compare-snapshot').click();
    const view = p.getByTestId('compare-view');
    await view.getByTestId('compare-summary').waitFor();
    expect(await view.getByRole('heading', { level: 2 }).textContent()).toBe('Bandingkan draf');
    expect(await view.getByTestId('compare-summary').textContent()).toBe('Adegan: 1 dipindah, 1 ditambahkan, 1 dihapus. Elemen: 2 ditambahkan, 2 dihapus, 0 diubah.');
    expect(await view.locator('[data-change]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-change'), e.getAttribute('data-scene')]))).toEqual([
      ['moved', '2'],
      ['removed', '3'],
      ['added', '4'],
    ]);
    expect(await view.locator('[data-change=moved] h3').textContent()).toContain('Dipindah dari adegan 4');
    expect(await view.locator('[data-change=added] ins').allTextContents()).toEqual(['EXT. PANTAI - SENJA', 'Ombak memecah karang.']);
    expect(await view.locator('[data-change=removed] del').allTextContents()).toEqual(['INT. PASAR - SIANG', 'Pedagang berteriak.']);
    await call('settings.set', { language: 'en' });
  });
});
