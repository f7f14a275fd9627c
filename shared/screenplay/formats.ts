/** File formats by extension, and one entry point to read or write any of them. */
import { fail, type Result } from '../errors.ts';
import { parseFdx } from './fdx/parse.ts';
import { writeFdx } from './fdx/write.ts';
import { parseFountain } from './fountain/parse.ts';
import { writeFountain } from './fountain/write.ts';
import { parseJsonModel, writeJsonModel } from './json.ts';
import type { Screenplay } from './model.ts';
import { formatFromFileName, type TextFormat } from './format-names.ts';

export { formatFromFileName, isPdfFileName, type TextFormat } from './format-names.ts';


export function readScript(fileName: string, text: string): Result<Screenplay> {
  const format = formatFromFileName(fileName);
  if (!format) return fail('screenplay.unknown_extension', { file: fileName });
  return readAs(format, text);
}

export function readAs(format: TextFormat, text: string): Result<Screenplay> {
  switch (format) {
    case 'fountain':
      return parseFountain(text);
    case 'fdx':
      return parseFdx(text);
    case 'json':
      return parseJsonModel(text);
  }
}

export function writeScriptText(script: Screenplay, format: TextFormat): string {
  switch (format) {
    case 'fountain':
      return writeFountain(script);
    case 'fdx':
      return writeFdx(script);
    case 'json':
      return writeJsonModel(script);
  }
}
