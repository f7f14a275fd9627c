import type { Page } from 'playwright-core';

/** The blocks of the editor as [type, text] pairs (text without page markers). */
export async function blocks(page: Page): Promise<[string, string][]> {
  return page.locator('[data-testid=script-editor] [data-element]').evaluateAll((els) =>
    els.map((e) => [e.getAttribute('data-element') ?? '', (e.querySelector('.block-text')?.textContent ?? '').replace(/\uFEFF/g, '')] as [string, string]),
  );
}

export async function waitSaved(page: Page): Promise<void> {
  await page.locator('[data-testid=save-state][data-state=saved]').waitFor();
}
