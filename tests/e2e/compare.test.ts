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

    await p.keyboard.press('Escape');
    await view.waitFor({ state: 'detached' });
  });
});
