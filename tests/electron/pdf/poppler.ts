/** Helpers of the PDF font tests: a Fountain script as a model, and poppler's view of PDF bytes. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseFountain } from '../../../shared/screenplay/fountain/parse.ts';
import type { Screenplay } from '../../../shared/screenplay/model.ts';
import { tempDataDir } from '../temp.ts';

export function script(text: string): Screenplay {
  const r = parseFountain(text);
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

/** The fonts a PDF embeds (pdffonts) or its text (pdftotext), from the real poppler tools. */
export function poppler(tool: 'pdffonts' | 'pdftotext', bytes: Uint8Array): string {
  const file = path.join(tempDataDir('naskah-cjk-'), 'script.pdf');
  fs.writeFileSync(file, bytes);
  return execFileSync(tool, tool === 'pdftotext' ? [file, '-'] : [file], { encoding: 'utf8' });
}
