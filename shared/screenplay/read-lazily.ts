/**
 * `readScript` (formats.ts) for callers that read one file and go: the same result, but only the
 * reader the file's format needs is loaded — `naskah convert x.fountain` loads neither the XML
 * parser of the Final Draft reader nor the schema library of the JSON reader.
 */
import { fail, type Result } from '../errors.ts';
import { formatFromFileName } from './format-names.ts';
import type { Screenplay } from './model.ts';

export async function readScriptLazily(fileName: string, text: string): Promise<Result<Screenplay>> {
  switch (formatFromFileName(fileName)) {
    case 'fountain':
      return (await import('./fountain/parse.ts')).parseFountain(text);
    case 'fdx':
      return (await import('./fdx/parse.ts')).parseFdx(text);
    case 'json':
      return (await import('./json.ts')).parseJsonModel(text);
    default:
      return fail('screenplay.unknown_extension', { file: fileName });
  }
}
