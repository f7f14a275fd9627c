/**
 * The page view puts a Final Draft script's elements and scene numbers where its PDF prints them
 * (layout/final-draft.ts): a file describing only Scene Heading gets Final Draft's cue, parenthetical
 * and transition places, its template's hanging parenthetical "(" where the file says so, and the
 * scene numbers from 0.75 in on the left and ending at 7.375 in on the right — measured in Chromium
 * from the paper's left edge.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type App } from './harness.ts';

const PX_PER_IN = 96;

const FDX = `<?xml version="1.0" encoding="UTF-8" standalone="no" ?>
<FinalDraft DocumentType="Script" Template="No" Version="1"><Content>
<Paragraph Type="Scene Heading" Number="7"><Text>INT. WARUNG - MALAM</Text></Paragraph>
<Paragraph Type="Action"><Text>Hujan turun.</Text></Paragraph>
<Paragraph Type="Character"><Text>SARI</Text></Paragraph>
<Paragraph Type="Parenthetical"><Text>(pelan)</Text></Paragraph>
<Paragraph Type="Dialogue"><Text>Tutup pintunya.</Text></Paragraph>
<Paragraph Type="Character"><Text>BUDI</Text></Paragraph>
<Paragraph Type="Parenthetical" ><Text>(keras)</Text></Paragraph>
<Paragraph Type="Dialogue"><Text>Tidak.</Text></Paragraph>
<Paragraph Type="Transition"><Text>CUT TO:</Text></Paragraph>
<Paragraph Type="Scene Heading" Number="123"><Text>EXT. JALAN - MALAM</Text></Paragraph>
</Content><ElementSettings Type="Scene Heading"><FontSpec Style="AllCaps"/><ParagraphSpec Alignment="Left" LeftIndent="1.50" RightIndent="7.50" SpaceBefore="24"/></ElementSettings></FinalDraft>`;

describe('page view of a script from Final Draft', () => {
  let app: App;

  async function open(name: string, content: string): Promise<void> {
    await app.backend.handlers['library.import']({ fileName: name, content });
    await app.page.goto(app.url);
    await app.page.evaluate(() => localStorage.setItem('naskah.pdfChoices', JSON.stringify({ titlePage: true, sceneNumbers: true })));
    await app.page.reload();
    await app.page.getByTestId('script-item').filter({ hasText: name.replace(/\.fdx$/, '') }).first().click();
    await app.page.locator('[data-testid=script-editor] [data-element=transition]').waitFor();
  }

  /** Inches from the paper's left edge: each block's text, and a heading's two scene numbers (left edge of the left one, right edge of the right one). */
  function places() {
    return app.page.evaluate((pxPerIn) => {
      const paper = document.querySelector('.paper')!.getBoundingClientRect().left;
      const text = (type: string) => [...document.querySelectorAll<HTMLElement>(`[data-element=${type}] .block-text`)];
      const left = (e: HTMLElement) => {
        // The first line's start: a range over the first character (text-indent moves it, the box does not).
        const r = document.createRange();
        const node = document.createTreeWalker(e, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.textContent!.replace(/\uFEFF/g, '') ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP) }).nextNode()!;
        const at = node.textContent!.search(/[^\uFEFF]/);
        r.setStart(node, at);
        r.setEnd(node, at + 1);
        return (r.getBoundingClientRect().left - paper) / pxPerIn;
      };
      const numbers = text('scene_heading').map((e) => {
        const box = e.getBoundingClientRect();
        const before = getComputedStyle(e, '::before');
        const after = getComputedStyle(e, '::after');
        return { left: (box.left + parseFloat(before.left) - paper) / pxPerIn, right: (box.right - parseFloat(after.right) - paper) / pxPerIn, text: [before.content, after.content] };
      });
      return { character: left(text('character')[0]), parenthetical: left(text('parenthetical')[0]), dialogue: left(text('dialogue')[0]), transition: left(text('transition')[0]), numbers };
    }, PX_PER_IN);
  }

  beforeAll(async () => {
    app = await launchApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('stands cues at 3.5 in, parentheticals at 3.0 in, transitions from 5.5 in and scene numbers at Final Draft’s places', async () => {
    await open('warung.fdx', FDX);
    const p = await places();
    expect(p.character).toBeCloseTo(3.5, 2);
    expect(p.parenthetical).toBeCloseTo(3, 2);
    expect(p.dialogue).toBeCloseTo(2.5, 2);
    expect(p.transition).toBeCloseTo(5.5, 2);
    expect(p.numbers.map((n) => n.text)).toEqual([
      ['"7"', '"7"'],
      ['"123"', '"123"'],
    ]);
    for (const n of p.numbers) {
      expect(n.left).toBeCloseTo(0.75, 2);
      expect(n.right).toBeCloseTo(7.375, 2);
    }
  });

  it('wraps lines where the layout engine does and sets their words at Final Draft’s 7 pt pitch, as the PDF does: 61 characters of action, 35 of dialogue', async () => {
    // [type, text, lines the engine gives it (finalDraftCells: n × 7 pt < the indent width)]
    const cases: [string, string, number][] = [
      ['action', 'Angin dari laut membawa bau garam ke warung yang sudah tutup.', 1], // 61
      ['action', 'Angin dari laut membawa bau garam ke warung yang sudah tutup..', 2], // 62
      ['dialogue', 'Tutup pintunya sebelum hujan masuk.', 1], // 35
      ['dialogue', 'Tutup pintunya sebelum hujan masuk..', 2], // 36
    ];
    const paragraphs = cases.map(([type, text]) => `<Paragraph Type="${type === 'action' ? 'Action' : 'Dialogue'}"><Text>${text}</Text></Paragraph>`);
    const lines = FDX.replace('<Paragraph Type="Transition">', `<Paragraph Type="Character"><Text>SARI</Text></Paragraph>${paragraphs.join('')}<Paragraph Type="Transition">`);
    await open('lebar.fdx', lines);
    const drawn = await app.page.evaluate(
      ({ texts, pxPerIn }) => {
        const paper = document.querySelector('.paper')!.getBoundingClientRect().left;
        const blocks = [...document.querySelectorAll<HTMLElement>('[data-element] .block-text')];
        return texts.map((text) => {
          const e = blocks.find((b) => b.textContent!.replace(/\uFEFF/g, '') === text)!;
          // Lines as drawn: the distinct tops of the text's character boxes.
          const r = document.createRange();
          r.selectNodeContents(e);
          const lines = new Set([...r.getClientRects()].filter((b) => b.width > 0).map((b) => Math.round(b.top))).size;
          // The last word's left edge, in points from the paper's left edge.
          const node = document.createTreeWalker(e, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.textContent!.includes(text.slice(-6)) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP) }).nextNode()!;
          const at = node.textContent!.lastIndexOf(' ') + 1;
          r.setStart(node, at);
          r.setEnd(node, at + 1);
          return { lines, lastWordPt: ((r.getBoundingClientRect().left - paper) / pxPerIn) * 72 };
        });
      },
      { texts: cases.map((c) => c[1]), pxPerIn: PX_PER_IN },
    );
    expect(drawn.map((d) => d.lines)).toEqual(cases.map((c) => c[2]));
    // "tutup." of the 61-character line: 55 characters from the action's 1.5 in, 7 pt each (Courier's own 7.2 would put it at 504).
    expect(drawn[0].lastWordPt).toBeCloseTo(1.5 * 72 + 55 * 7, 0);
    // "masuk." of the 35-character speech, from the dialogue's 2.5 in.
    expect(drawn[2].lastWordPt).toBeCloseTo(2.5 * 72 + 29 * 7, 0);
  });

  it('hangs the parenthetical’s "(" by the file’s FirstIndent', async () => {
    const own = '<ElementSettings Type="Parenthetical"><FontSpec Style=""/><ParagraphSpec Alignment="Left" FirstIndent="-0.10" LeftIndent="3.00" RightIndent="5.50" SpaceBefore="0"/></ElementSettings>';
    await open('gantung.fdx', FDX.replace('</FinalDraft>', `${own}</FinalDraft>`));
    expect((await places()).parenthetical).toBeCloseTo(2.9, 2);
  });
});
