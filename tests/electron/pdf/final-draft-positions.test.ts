/**
 * A script from Final Draft prints each element where Final Draft prints it: an FDX that describes
 * only Scene Heading (as the same-draft Final Draft 12 pair does) gets Final Draft's defaults for the
 * rest and its scene number places. Read back from the PDF's word boxes (pdftotext -bbox, points
 * from the page's left edge); a Fountain script keeps Naskah's places.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../electron/pdf/render.ts';
import { parseFdx } from '../../../shared/screenplay/fdx/parse.ts';
import type { Screenplay } from '../../../shared/screenplay/model.ts';
import { script as fountain } from './poppler.ts';
import { tempDataDir } from '../temp.ts';

interface Word {
  text: string;
  xMin: number;
  xMax: number;
  y: number;
}

async function words(script: Screenplay): Promise<Word[]> {
  const file = path.join(tempDataDir('naskah-fd-positions-'), 'script.pdf');
  fs.writeFileSync(file, await renderPdf(script, { paper: 'a4', titlePage: false, sceneNumbers: true }));
  const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({ xMin: Number(m[1]), y: Number(m[2]), xMax: Number(m[3]), text: m[4] }));
}

const at = (ws: Word[], text: string) => ws.filter((w) => w.text === text);

const FDX = `<?xml version="1.0" encoding="UTF-8" standalone="no" ?>
<FinalDraft DocumentType="Script" Template="No" Version="1"><Content>
<Paragraph Type="Scene Heading" Number="7"><Text>INT. WARUNG - MALAM</Text></Paragraph>
<Paragraph Type="Action"><Text>Hujan turun.</Text></Paragraph>
<Paragraph Type="Action"><Text>Angin dari laut membawa bau garam ke warung yang sudah tutup.</Text></Paragraph>
<Paragraph Type="Character"><Text>SARI</Text></Paragraph>
<Paragraph Type="Parenthetical"><Text>(pelan sekali, hampir berbisik)</Text></Paragraph>
<Paragraph Type="Dialogue"><Text>Tutup pintunya.</Text></Paragraph>
<Paragraph Type="Transition"><Text>CUT TO:</Text></Paragraph>
<Paragraph Type="Scene Heading" Number="123"><Text>EXT. JALAN - MALAM</Text></Paragraph>
</Content><ElementSettings Type="Scene Heading"><FontSpec Font="Courier Final Draft" Size="12" Style="AllCaps"/><ParagraphSpec Alignment="Left" LeftIndent="1.50" RightIndent="7.50" SpaceBefore="24"/></ElementSettings></FinalDraft>`;

function fromFinalDraft(): Screenplay {
  const r = parseFdx(FDX);
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

describe('PDF positions of a script from Final Draft', () => {
  it('puts every element’s first word where Final Draft 12 printed it', async () => {
    const ws = await words(fromFinalDraft());
    // [word, left edge in points on Final Draft's print]
    const cases: [string, number][] = [
      ['INT.', 108],
      ['Hujan', 108],
      ['SARI', 252],
      ['(pelan', 216],
      ['Tutup', 180],
      ['CUT', 396],
    ];
    for (const [text, x] of cases) expect(at(ws, text)[0]?.xMin, text).toBeCloseTo(x, 1);
    // A parenthetical's wrapped line starts at the same 3 in as its first.
    const paren = at(ws, '(pelan')[0];
    const next = ws.filter((w) => w.y > paren.y && w.y < paren.y + 13).sort((a, b) => a.xMin - b.xMin)[0];
    expect(next.xMin).toBeCloseTo(216, 1);
  });

  it('advances every character 7 pt, as Final Draft 12 prints Courier at 12 pt', async () => {
    const ws = await words(fromFinalDraft());
    // Word boxes as a PDF reader measures them: each word starts 7 pt a character after the line's
    // start, its last glyph keeps Courier's 7.2 pt (Final Draft's "CUT TO:" ends at 445.2 pt).
    const cell = 7.2;
    const line = 'Angin dari laut membawa bau garam ke warung yang sudah tutup.';
    expect(line).toHaveLength(61); // Final Draft's whole 6 in action line
    let from = 0;
    for (const word of line.split(' ')) {
      const box = at(ws, word)[0];
      expect(box?.xMin, word).toBeCloseTo(108 + from * 7, 1);
      expect(box.xMax, word).toBeCloseTo(108 + (from + word.length - 1) * 7 + cell, 1);
      from += word.length + 1;
    }
    // 61 characters end inside the 432 pt column (7.2 pt characters would end at 547.2).
    expect(at(ws, 'tutup.')[0].xMax).toBeLessThanOrEqual(108 + 432);
    expect(at(ws, 'TO:')[0].xMax).toBeCloseTo(396 + 6 * 7 + cell, 1);
    expect(at(ws, 'pintunya.')[0].xMin).toBeCloseTo(180 + 'Tutup '.length * 7, 1);
  });

  it('ends a right-aligned transition at its right indent at Final Draft’s pitch', async () => {
    const own = '<ElementSettings Type="Transition"><FontSpec Style="AllCaps"/><ParagraphSpec Alignment="Right" LeftIndent="5.50" RightIndent="7.10" SpaceBefore="12"/></ElementSettings>';
    const r = parseFdx(FDX.replace('</FinalDraft>', `${own}</FinalDraft>`));
    if (!r.ok) throw new Error(r.error.code);
    const ws = await words(r.value);
    const [cut, to] = [at(ws, 'CUT')[0], at(ws, 'TO:')[0]];
    expect(to.xMax).toBeCloseTo(7.1 * 72, 1);
    expect(to.xMin - cut.xMin).toBeCloseTo(4 * 7, 1);
  });

  it('prints scene numbers from 54 pt on the left and ending at 531 pt on the right, whatever their length', async () => {
    const ws = await words(fromFinalDraft());
    for (const num of ['7', '123']) {
      const [left, right] = at(ws, num).sort((a, b) => a.xMin - b.xMin);
      expect(left.xMin, num).toBeCloseTo(54, 1);
      expect(right.xMax, num).toBeCloseTo(531, 1);
      // Unlike its text, Final Draft 12 sets its scene numbers at Courier's 7.2 pt ("15" from 54 to 68.4 pt).
      expect(left.xMax - left.xMin, num).toBeCloseTo(num.length * 7.2, 1);
    }
  });

  it('prints a numbered shot’s number in the headings’ places, as Final Draft 12 printed its shots 132 and 133', async () => {
    const shot = '<Paragraph Type="Shot" Number="8"><Text>CLOSE ON PINTU</Text></Paragraph><Paragraph Type="Shot"><Text>SUPERIMPOSE: 2016</Text></Paragraph>';
    const r = parseFdx(FDX.replace('<Paragraph Type="Transition">', `${shot}<Paragraph Type="Transition">`).replace('Number="123"', 'Number="9"'));
    if (!r.ok) throw new Error(r.error.code);
    const ws = await words(r.value);
    const close = at(ws, 'CLOSE')[0];
    const [left, right] = at(ws, '8').sort((a, b) => a.xMin - b.xMin);
    expect(left.xMin).toBeCloseTo(54, 1);
    expect(right.xMax).toBeCloseTo(531, 1);
    expect(left.y).toBeCloseTo(close.y, 0);
    // A shot without a number in the file prints none: only 7, 8 and 9 stand in the margins.
    const margins = ws.filter((w) => w.xMax < 100 || w.xMin > 500).map((w) => w.text);
    expect(margins.sort()).toEqual(['7', '7', '8', '8', '9', '9']);
  });

  it('prints the scene numbers where the file’s SceneNumberOptions put them (Big Fish’s print: right ones ending at 522 pt)', async () => {
    const r = parseFdx(FDX.replace('</FinalDraft>', '<SceneNumberOptions LeftLocation="1.00" RightLocation="7.25"/></FinalDraft>'));
    if (!r.ok) throw new Error(r.error.code);
    const ws = await words(r.value);
    for (const num of ['7', '123']) {
      const [left, right] = at(ws, num).sort((a, b) => a.xMin - b.xMin);
      expect(left.xMin, num).toBeCloseTo(72, 1);
      expect(right.xMax, num).toBeCloseTo(522, 1);
    }
  });

  it('hangs a parenthetical’s first line by the file’s FirstIndent, as Final Draft’s template prints it (209 pt on its prints)', async () => {
    const own = '<ElementSettings Type="Parenthetical"><FontSpec Style=""/><ParagraphSpec Alignment="Left" FirstIndent="-0.10" LeftIndent="3.00" RightIndent="5.50" SpaceBefore="0"/></ElementSettings>';
    const r = parseFdx(FDX.replace('</FinalDraft>', `${own}</FinalDraft>`));
    if (!r.ok) throw new Error(r.error.code);
    const ws = await words(r.value);
    const paren = at(ws, '(pelan')[0];
    expect(paren.xMin).toBeCloseTo(208.8, 1);
    const next = ws.filter((w) => w.y > paren.y && w.y < paren.y + 13).sort((a, b) => a.xMin - b.xMin)[0];
    expect(next.xMin).toBeCloseTo(216, 1);
  });

  it('keeps Naskah’s own places for a Fountain script', async () => {
    const ws = await words(fountain('INT. WARUNG - MALAM #7#\n\nHujan turun.\n\nSARI\n(pelan)\nTutup pintunya.\n\n> CUT TO:\n'));
    expect(at(ws, 'SARI')[0].xMin).toBeCloseTo(266.4, 1); // 3.7 in
    expect(at(ws, '(pelan)')[0].xMin).toBeCloseTo(223.2, 1); // 3.1 in
    expect(at(ws, 'TO:')[0].xMax).toBeCloseTo(540, 0); // right-aligned to 7.5 in
    expect(at(ws, 'pintunya.')[0].xMin).toBeCloseTo(180 + 'Tutup '.length * 7.2, 1); // Courier's own 7.2 pt a character
    const [left, right] = at(ws, '7').sort((a, b) => a.xMin - b.xMin);
    expect(left.xMax).toBeCloseTo(86.4, 1); // 0.3 in left of the heading
    expect(right.xMin).toBeCloseTo(561.6, 1); // 0.3 in right of the action's edge
  });
});
