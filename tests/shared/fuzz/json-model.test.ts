/**
 * Fuzzing the JSON screenplay model reader (shared/screenplay/json.ts, via formats.ts readScript):
 * arbitrary JSON values, arbitrary text, and structural mutations of a valid model.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readScript } from '../../../shared/screenplay/formats.ts';
import { parseJsonModel, toJsonModel, writeJsonModel } from '../../../shared/screenplay/json.ts';
import type { Screenplay } from '../../../shared/screenplay/model.ts';
import { sampleScript } from '../review/fixtures.ts';
import { expectTypedResult, mutatedJson, mutatedText } from './mutate.ts';

const MODEL: Screenplay = toJsonModel({
  ...sampleScript(),
  elements: [
    { type: 'section', text: 'Babak 1', depth: 1 },
    ...sampleScript().elements,
    { type: 'action', text: 'Tebal.', marks: [{ start: 0, end: 5, style: 'bold' }] },
    { type: 'character', text: 'SITI', dual: true },
    { type: 'dialogue', text: 'Ya!', dual: true },
  ],
});
const VALID = writeJsonModel(MODEL);

const read = (text: string) => {
  const r = readScript('draft.json', text);
  expectTypedResult(r);
  return r;
};

describe('JSON model reader fuzz', () => {
  it('reads the valid seed model back unchanged', () => {
    expect(parseJsonModel(VALID)).toEqual({ ok: true, value: MODEL });
  });

  it('returns a typed result for arbitrary JSON values (property)', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => void read(JSON.stringify(v))), { numRuns: 300 });
  });

  it('returns a typed result for arbitrary text (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (t) => void read(t)), { numRuns: 200 });
  });

  it('returns a typed result for structurally mutated models, and what it accepts is a valid model (property)', () => {
    fc.assert(
      fc.property(mutatedJson(MODEL), (doc) => {
        const r = read(JSON.stringify(doc));
        // Anything accepted must survive its own writer and reader unchanged.
        if (r.ok) expect(parseJsonModel(writeJsonModel(r.value))).toEqual({ ok: true, value: toJsonModel(r.value) });
      }),
      { numRuns: 400 },
    );
  });

  it('returns a typed result for byte-mutated model text (property)', () => {
    fc.assert(fc.property(mutatedText(VALID), (t) => void read(t)), { numRuns: 300 });
  });

  it('stays bounded on deep nesting and many elements', () => {
    read('['.repeat(100_000) + ']'.repeat(100_000));
    read(JSON.stringify({ version: 1, titlePage: [], elements: Array.from({ length: 100_000 }, () => ({ type: 'action', text: 'x' })) }));
  });
});
