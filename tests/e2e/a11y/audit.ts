/**
 * Accessibility probes for the end-to-end tests, on Chromium's own accessibility tree (CDP) so the
 * names are what a screen reader would announce, not a guess from attributes.
 */
import type { CDPSession, Page } from 'playwright-core';

const INTERACTIVE_ROLES = new Set(['button', 'link', 'textbox', 'searchbox', 'combobox', 'listbox', 'checkbox', 'radio', 'switch', 'slider', 'spinbutton', 'menuitem', 'tab', 'option']);

export interface Control {
  role: string;
  name: string;
  /** A short description of the DOM element, for failure messages. */
  html: string;
}

interface AxNode {
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  backendDOMNodeId?: number;
  properties?: { name: string; value: { value: unknown } }[];
}

/** Every interactive control on screen with the name Chromium computed for it. */
export async function interactiveControls(page: Page, cdp: CDPSession): Promise<Control[]> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  const out: Control[] = [];
  for (const n of nodes) {
    const role = n.role?.value ?? '';
    if (n.ignored || !INTERACTIVE_ROLES.has(role) || n.backendDOMNodeId === undefined) continue;
    // Options inside a native <select> are announced with the select; skip them.
    if (role === 'option' || role === 'listbox') continue;
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: n.backendDOMNodeId })) as { object: { objectId?: string } };
    const html = object.objectId
      ? (((await cdp.send('Runtime.callFunctionOn', {
          objectId: object.objectId,
          functionDeclaration: 'function () { return this.outerHTML ? this.outerHTML.slice(0, 160) : String(this.nodeName); }',
          returnByValue: true,
        })) as { result: { value: string } }).result.value)
      : '';
    out.push({ role, name: (n.name?.value ?? '').trim(), html });
  }
  void page;
  return out;
}

/**
 * Presses Tab until focus has come back round twice (or a limit), and returns a stable key for each
 * element focused on the way. The screenplay editor uses Tab itself (element types), so when focus
 * lands in it the walk records it and leaves with Escape, Tab — the editor's documented way out.
 */
export async function tabWalk(page: Page, limit = 200): Promise<Set<string>> {
  await page.evaluate(() => {
    let i = 0;
    for (const el of document.querySelectorAll<HTMLElement>('*')) el.dataset.a11yKey ??= String(i++);
    (document.activeElement as HTMLElement | null)?.blur();
  });
  const seen = new Set<string>();
  let first: string | null = null;
  // Two rounds: some controls act on the caret (the element-type picker) and are enabled only
  // once the editor has been visited.
  let rounds = 0;
  for (let step = 0; step < limit; step++) {
    await page.keyboard.press('Tab');
    const key = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const editor = el.closest<HTMLElement>('[data-testid=script-editor]');
      return (editor ?? el).dataset.a11yKey ?? null;
    });
    if (key === null) continue;
    if (key === first && ++rounds === 2) break;
    first ??= key;
    seen.add(key);
    const inEditor = await page.evaluate(() => !!document.activeElement?.closest('[data-testid=script-editor]'));
    if (inEditor) await page.keyboard.press('Escape');
  }
  return seen;
}

/** Keys (see tabWalk) of the visible, enabled controls a keyboard user must be able to reach. */
export async function focusableControls(page: Page): Promise<{ key: string; html: string }[]> {
  return page.evaluate(() => {
    let i = 0;
    for (const el of document.querySelectorAll<HTMLElement>('*')) el.dataset.a11yKey ??= String(i++);
    const selector = 'button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"]), [contenteditable="true"], [contenteditable="plaintext-only"]';
    const out: { key: string; html: string }[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if ((el as HTMLButtonElement).disabled || el.closest('[inert]')) continue;
      if (el.getAttribute('tabindex') === '-1') continue;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      // Hidden file inputs are reached through their visible label/button.
      if (el instanceof HTMLInputElement && el.type === 'file' && (box.width <= 1 || style.display === 'none')) continue;
      // A radio group is one tab stop (arrow keys move inside it): its checked radio, else its first.
      if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
        const group = [...document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${CSS.escape(el.name)}"]`)].filter((r) => r.form === el.form);
        if (el !== (group.find((r) => r.checked) ?? group[0])) continue;
      }
      if (style.visibility === 'hidden' || style.display === 'none' || box.width === 0 || box.height === 0) continue;
      const editor = el.closest<HTMLElement>('[data-testid=script-editor]');
      const target = editor ?? el;
      out.push({ key: target.dataset.a11yKey!, html: el.outerHTML.slice(0, 160) });
    }
    return out.filter((c, idx, all) => all.findIndex((o) => o.key === c.key) === idx);
  });
}

/** WCAG relative luminance contrast of two CSS colours (rgb()/rgba() strings from getComputedStyle). */
export function contrastRatio(fg: string, bg: string): number {
  const lum = (css: string) => {
    const [r, g, b] = (css.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}

/**
 * Text colour against its effective background for every visible element that holds text
 * directly: the background is the first non-transparent one found walking up the ancestors.
 */
export async function textContrasts(page: Page): Promise<{ fg: string; bg: string; text: string; html: string }[]> {
  return page.evaluate(() => {
    const out: { fg: string; bg: string; text: string; html: string }[] = [];
    const opaque = (c: string) => c !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(c);
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()).map((n) => n.textContent!.trim()).join(' ');
      if (!own) continue;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      if (style.visibility === 'hidden' || style.display === 'none' || box.width === 0 || box.height === 0 || el.closest('.visually-hidden')) continue;
      let bg = 'rgb(255, 255, 255)';
      for (let a: HTMLElement | null = el; a; a = a.parentElement) {
        const c = getComputedStyle(a).backgroundColor;
        if (opaque(c)) {
          bg = c;
          break;
        }
      }
      out.push({ fg: style.color, bg, text: own.slice(0, 40), html: el.outerHTML.slice(0, 120) });
    }
    return out;
  });
}

/**
 * Things that look clickable (pointer cursor) but that a keyboard cannot reach: not focusable
 * themselves, not inside a focusable control, and not a label of an enabled, reachable control.
 */
export async function pointerOnlyTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const focusable = 'button, input, select, textarea, a[href], summary, [tabindex]:not([tabindex="-1"]), [contenteditable="true"], [contenteditable="plaintext-only"]';
    const out: string[] = [];
    const hiddenControl = (c: HTMLElement | null) => !!c && (c.hidden || getComputedStyle(c).display === 'none');
    // A <label> around a hidden file input works with a mouse only, whatever its cursor.
    for (const label of document.querySelectorAll('label')) if (hiddenControl(label.control as HTMLElement | null)) out.push(label.outerHTML.slice(0, 160));
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(el);
      if (style.cursor !== 'pointer' || style.visibility === 'hidden') continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      // Only the outermost pointer element counts (its children inherit the cursor).
      if (el.parentElement && getComputedStyle(el.parentElement).cursor === 'pointer') continue;
      if (el.matches(focusable) || el.closest(focusable)) continue;
      if (el instanceof HTMLLabelElement && el.control && !hiddenControl(el.control as HTMLElement)) continue;
      out.push(el.outerHTML.slice(0, 160));
    }
    return out;
  });
}
