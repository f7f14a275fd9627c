/**
 * The fallback fonts (Noto Sans KR, JP, SC) are opened only when a script needs them: a Latin-only
 * script opens Courier Prime alone. It asserts what this process has opened so far, so it has a
 * file — and, in tests/isolation.ts, a process — of its own: no other test may have printed before it.
 */
import { describe, expect, it } from 'vitest';
import { openedFonts } from '../../../electron/pdf/fonts.ts';
import { renderPdf } from '../../../electron/pdf/render.ts';
import { poppler, script } from './poppler.ts';

describe('CJK fallback fonts', () => {
  it('a Latin-only script opens no fallback font and embeds only Courier Prime', async () => {
    const pdf = await renderPdf(script('Title: Hujan\n\nINT. WARUNG - MALAM\n\nHujan deras. Café crème.\n\nSARI\nTutup!\n'), { paper: 'a4', titlePage: true });
    expect(openedFonts()).toEqual(['regular']);
    const fonts = poppler('pdffonts', pdf);
    expect(fonts).toContain('CourierPrime');
    expect(fonts).not.toMatch(/NotoSans/);
  });
});
