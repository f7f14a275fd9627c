/**
 * Typing is saved while it happens (issue 11): a writer types steadily for 9 s without a pause the
 * debounce could use, then the browser dies — killed, or its renderer crashed — and the
 * localStorage journal is gone with it. Opened again, the script has lost at most the last
 * second of typing. And when saves fail, the journal (which holds the change, not the draft)
 * brings the edits back in the browser.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.ts';
import { launchApp, type App } from './harness.ts';
import { blocks, waitSaved } from './keys.ts';
import { loss, prepareDeath, reopen, saveStates, startKeyClock, typeSteadily, type Death } from './kill.ts';

const HEADING = 'INT. WARUNG - MALAM';

let apps: App[] = [];
afterEach(async () => {
  for (const a of apps) await a.close().catch(() => {});
  apps = [];
});

/** A new script with a heading, saved, and the caret in an empty action below it. */
async function openNewScript(app: App, title: string): Promise<string> {
  const { id } = await app.backend.handlers['library.create']({ title });
  const p = app.page;
  await p.goto(app.url);
  await p.getByTestId('script-item').getByText(title, { exact: true }).click();
  const editor = p.getByTestId('script-editor');
  await editor.waitFor();
  await editor.click();
  await p.keyboard.type(HEADING.toLowerCase());
  await p.keyboard.press('Enter');
  await waitSaved(p);
  return id;
}

const actionText = (elements: { type: string; text: string }[]) => elements.find((e) => e.type === 'action')?.text ?? '';

describe('typing saved while it happens', () => {
  for (const how of ['browser killed', 'renderer crashed'] as Death[]) {
    it(`loses at most the last second of 9 s of steady typing when the ${how.replace(' ', ' is ')}, the journal gone too`, async () => {
      const first = await launchApp();
      apps.push(first);
      const id = await openNewScript(first, `Hujan (${how})`);
      const kill = await prepareDeath(first, how);
      await startKeyClock(first.page);
      const { text, keyTimes, startedAt } = await typeSteadily(first.page, 9);
      const states = await saveStates(first.page);
      const diedAt = await kill();
      const typedFor = (keyTimes.at(-1)! - startedAt) / 1000;

      // The database, read directly, then the app opened again in a browser that never saw the journal.
      const draft = await first.backend.handlers['draft.load']({ scriptId: id });
      const stored = actionText(draft.screenplay.elements);
      const again = await reopen(first);
      apps = [again];
      // In the library's list (the script is also among the recent ones above it).
      await again.page.getByTestId('script-item').getByText(`Hujan (${how})`, { exact: true }).click();
      await again.page.getByTestId('script-editor').waitFor();
      const shown = await blocks(again.page);
      expect(shown[0]).toEqual(['scene_heading', HEADING]);
      expect(shown[1][1]).toBe(stored);
      expect(await again.page.getByTestId('journal-recovery').count()).toBe(0);

      const lost = loss(text, stored, keyTimes, 0, diedAt);
      console.log(
        `nothing lost (${how}): typed ${lost.keys} keys in ${typedFor.toFixed(1)} s; reopened with ${lost.recovered}; lost ${lost.lostKeys} keys — the last ${Math.round(lost.lostMs)} ms of typing; last save ${diedAt - Date.parse(draft.savedAt)} ms before the death`,
      );
      // The indicator followed: "saving" many times during the burst, and "saved" only when the
      // last patch sent (and committed) held exactly what the editor showed.
      const savings = states.filter((s) => s.state === 'saving').length;
      expect(savings).toBeGreaterThanOrEqual(8);
      for (const s of states.filter((x) => x.state === 'saved')) expect(s.sent).toBe(s.shown);
      console.log(`  save-state during the burst: ${savings} × saving, ${states.filter((s) => s.state === 'unsaved').length} × unsaved, ${states.filter((s) => s.state === 'saved').length} × saved`);
      expect(lost.keys).toBeGreaterThan(80);
      expect(lost.recovered).toBeGreaterThan(0);
      expect(lost.lostMs).toBeLessThanOrEqual(1000);
    });
  }

  it('brings edits back from the journal after saves failed, and the indicator said so meanwhile', async () => {
    const app = await launchApp();
    apps.push(app);
    const id = await openNewScript(app, 'Kemarau');
    const p = app.page;
    // The disk fills up: every save is refused by the store (the web host calls these handlers).
    const { handlers } = app.backend;
    const working = { patch: handlers['draft.patch'], save: handlers['draft.save'] };
    const full = () => {
      throw new AppError('store.disk_full', { reason: 'SQLITE_FULL' });
    };
    handlers['draft.patch'] = full;
    handlers['draft.save'] = full;
    await p.keyboard.type('Debu naik dari jalan.');
    await p.locator('[data-testid=save-state][data-state=error]').waitFor();
    expect(actionText((await app.backend.handlers['draft.load']({ scriptId: id })).screenplay.elements)).toBe('');
    // The journal entry is the change, small, not the draft.
    const entry = await p.evaluate((sid) => localStorage.getItem(`naskah.journal.${sid}`), id);
    expect(JSON.parse(entry!)).toMatchObject({ kind: 'patch', insert: [{ type: 'action', text: 'Debu naik dari jalan.' }] });

    await expect(p.getByRole('alert').first().textContent()).resolves.toContain('The disk is full');
    // Left in this state (the last save on the way out fails too), then opened again once there is room.
    p.on('dialog', (d) => void d.accept());
    await p.goto(app.url);
    await p.getByTestId('script-item').getByText('Kemarau', { exact: true }).waitFor();
    handlers['draft.patch'] = working.patch;
    handlers['draft.save'] = working.save;
    await p.getByTestId('script-item').getByText('Kemarau', { exact: true }).click();
    await p.getByTestId('journal-recovery').waitFor();
    await p.getByTestId('journal-restore').click();
    await waitSaved(p);
    expect((await blocks(p))[1]).toEqual(['action', 'Debu naik dari jalan.']);
    expect(actionText((await app.backend.handlers['draft.load']({ scriptId: id })).screenplay.elements)).toBe('Debu naik dari jalan.');
    expect(await p.evaluate((sid) => localStorage.getItem(`naskah.journal.${sid}`), id)).toBeNull();
  });
});
