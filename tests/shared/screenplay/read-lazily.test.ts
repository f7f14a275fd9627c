/** readScriptLazily gives what readScript gives, for every format and for a file of no known format. */
import { describe, expect, it } from 'vitest';
import { readScript, writeScriptText } from '../../../shared/screenplay/formats.ts';
import { readScriptLazily } from '../../../shared/screenplay/read-lazily.ts';

const FOUNTAIN = 'Title: Warung\n\nINT. WARUNG - MALAM\n\nHujan *deras*.\n\nSARI\n(pelan)\nTutup.\n';

describe('readScriptLazily', () => {
  it('reads Fountain, Final Draft and JSON as readScript does', async () => {
    const parsed = readScript('w.fountain', FOUNTAIN);
    if (!parsed.ok) throw new Error(parsed.error.code);
    const files: [string, string][] = [
      ['w.fountain', FOUNTAIN],
      ['w.spmd', FOUNTAIN],
      ['W.TXT', FOUNTAIN],
      ['w.fdx', writeScriptText(parsed.value, 'fdx')],
      ['w.json', writeScriptText(parsed.value, 'json')],
    ];
    for (const [name, text] of files) expect(await readScriptLazily(name, text), name).toEqual(readScript(name, text));
  });

  it('refuses what readScript refuses, with the same error', async () => {
    for (const [name, text] of [['w.doc', FOUNTAIN], ['w.json', '{"version":1,"elements":[{"type":"nonsense"}]}'], ['w.fdx', '<FinalDraft><Content>']]) {
      const lazy = await readScriptLazily(name, text);
      expect(lazy.ok, name).toBe(false);
      expect(lazy).toEqual(readScript(name, text));
    }
  });
});
