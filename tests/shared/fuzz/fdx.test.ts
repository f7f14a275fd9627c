/**
 * Fuzzing the Final Draft reader (shared/screenplay/fdx/parse.ts): arbitrary text, mutated valid
 * documents and hostile XML. It must always return a typed Result (`npm run bench:limits` times the
 * slowest input).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFdx } from '../../../shared/screenplay/fdx/parse.ts';
import { writeFdx } from '../../../shared/screenplay/fdx/write.ts';
import { readScript } from '../../../shared/screenplay/formats.ts';
import { sampleScript } from '../review/fixtures.ts';
import { expectTypedResult, mutatedText } from './mutate.ts';

const VALID = writeFdx({
  ...sampleScript(),
  titlePage: [
    { key: 'Title', value: 'Pulang' },
    { key: 'Author', value: 'Dewi & "Budi" <team>' },
  ],
  elements: [
    ...sampleScript().elements,
    { type: 'character', text: 'SITI', dual: true },
    { type: 'dialogue', text: 'Bersamaan!', dual: true },
    { type: 'transition', text: 'CUT TO:' },
    { type: 'action', text: 'Tebal dan miring.', marks: [{ start: 0, end: 5, style: 'bold' }, { start: 10, end: 16, style: 'italic' }] },
    { type: 'page_break', text: '' },
  ],
});

const check = (text: string) => expectTypedResult(parseFdx(text));

describe('FDX reader fuzz', () => {
  it('reads the valid seed document (the mutations start from a real file)', () => {
    const r = parseFdx(VALID);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.elements.length).toBeGreaterThan(10);
  });

  it('returns a typed result for arbitrary text (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300, unit: 'binary' }), check), { numRuns: 300 });
  });

  it('returns a typed result for arbitrary XML-ish text (property)', () => {
    const token = fc.constantFrom('<FinalDraft>', '</FinalDraft>', '<Content>', '</Content>', '<Paragraph Type="Action">', '<Paragraph Type="Character">', '<Paragraph>', '</Paragraph>', '<Text>', '<Text Style="Bold+Italic">', '</Text>', '<DualDialogue>', '</DualDialogue>', '<TitlePage>', '</TitlePage>', '<ScriptNote>', '</ScriptNote>', 'hujan', '&amp;', '&lt;', '&#65;', '&nope;', '<![CDATA[x]]>', '<!-- c -->', '<?pi x?>', '\n');
    fc.assert(fc.property(fc.array(token, { maxLength: 60 }).map((t) => t.join('')), check), { numRuns: 300 });
  });

  it('returns a typed result for mutated valid documents (property)', () => {
    fc.assert(
      fc.property(mutatedText(VALID), (text) => {
        check(text);
        // The same bytes through the format dispatcher, as an imported .fdx file.
        expectTypedResult(readScript('imported.fdx', text));
      }),
      { numRuns: 400 },
    );
  });

  it('refuses entity expansion and external entities without expanding them', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
      '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><FinalDraft><Content><Paragraph Type="Action"><Text>&lol3;</Text></Paragraph></Content></FinalDraft>';
    const xxe = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><FinalDraft><Content><Paragraph Type="Action"><Text>&xxe;</Text></Paragraph></Content></FinalDraft>';
    for (const doc of [laughs, xxe]) {
      const r = parseFdx(doc);
      expectTypedResult(r);
      expect(r.ok).toBe(false);
      expect(JSON.stringify(r)).not.toContain('lollollol');
      expect(JSON.stringify(r)).not.toContain('root:');
    }
  });

  it('stays bounded on deep nesting and huge single paragraphs', () => {
    const deep = '<FinalDraft><Content>' + '<Paragraph Type="Action">'.repeat(20_000) + '<Text>x</Text>' + '</Paragraph>'.repeat(20_000) + '</Content></FinalDraft>';
    check(deep);
    const wide = '<FinalDraft><Content><Paragraph Type="Action">' + '<Text Style="Bold">a</Text>'.repeat(50_000) + '</Paragraph></Content></FinalDraft>';
    check(wide);
    check('<FinalDraft><Content><Paragraph Type="Action"><Text>' + 'x'.repeat(2_000_000) + '</Text></Paragraph></Content></FinalDraft>');
    check('<'.repeat(200_000));
  });
});
