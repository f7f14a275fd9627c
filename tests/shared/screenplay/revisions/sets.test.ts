import { describe, expect, it } from 'vitest';
import { emptyScreenplay, type Screenplay } from '../../../../shared/screenplay/model.ts';
import { englishRevisionName, REVISION_COLOURS, revisionColour } from '../../../../shared/screenplay/revisions/colours.ts';
import { clearRevisionSet, currentRevisionSet, hasRevisedText, startRevisionSet } from '../../../../shared/screenplay/revisions/sets.ts';
import { parseJsonModel, writeJsonModel } from '../../../../shared/screenplay/json.ts';

describe('revision colours', () => {
  it('follow the industry order after the white original, then second and third rounds', () => {
    expect(REVISION_COLOURS.map((c) => c.key)).toEqual(['blue', 'pink', 'yellow', 'green', 'goldenrod', 'buff', 'salmon', 'cherry']);
    expect([1, 2, 8, 9, 10, 17, 25].map(englishRevisionName)).toEqual(['Blue', 'Pink', 'Cherry', 'Double Blue', 'Double Pink', 'Triple Blue', 'Round 4 Blue']);
    expect(revisionColour(9)).toEqual({ key: 'blue', color: REVISION_COLOURS[0].color, round: 2 });
  });
});

describe('revision sets', () => {
  it('starts sets in order, each named and dated; the last started is current', () => {
    let script: Screenplay = emptyScreenplay();
    expect(currentRevisionSet(script)).toBeUndefined();
    script = startRevisionSet(script, '2026-12-01').script;
    const next = startRevisionSet(script, '2026-12-02', 'Merah muda');
    expect(next.script.revisions).toEqual([
      { set: 1, name: 'Blue', color: REVISION_COLOURS[0].color, date: '2026-12-01' },
      { set: 2, name: 'Merah muda', color: REVISION_COLOURS[1].color, date: '2026-12-02' },
    ]);
    expect(currentRevisionSet(next.script)).toEqual(next.set);
  });

  it('clears the marks of one set across the script, keeping the set listed', () => {
    const script: Screenplay = {
      ...emptyScreenplay(),
      revisions: [
        { set: 1, name: 'Blue', color: '#2f6fd6', date: '2026-12-01' },
        { set: 2, name: 'Pink', color: '#d6337f', date: '2026-12-02' },
      ],
      elements: [
        { type: 'action', text: 'One.', revision: 1 },
        { type: 'action', text: 'Two words.', revisionMarks: [{ start: 0, end: 3, set: 2 }] },
      ],
    };
    const cleared = clearRevisionSet(script, 1);
    expect(cleared.elements[0]).toEqual({ type: 'action', text: 'One.' });
    expect(cleared.elements[1]).toEqual(script.elements[1]);
    expect(cleared.revisions).toEqual(script.revisions);
    expect(hasRevisedText(clearRevisionSet(cleared, 2))).toBe(false);
  });
});

describe('revisions in the JSON model', () => {
  const model: Screenplay = {
    version: 1,
    titlePage: [],
    elements: [
      { type: 'scene_heading', text: 'INT. ROOM - DAY' },
      { type: 'action', text: 'She waits.', revision: 1, revisionMarks: [{ start: 4, end: 9, set: 2 }] },
    ],
    revisions: [
      { set: 1, name: 'Blue', color: '#2f6fd6', date: '2026-12-01' },
      { set: 2, name: 'Pink', color: '#d6337f', date: '2026-12-02' },
    ],
  };

  it('round-trips sets, element revisions and revised runs', () => {
    const text = writeJsonModel(model);
    const back = parseJsonModel(text);
    expect(back).toEqual({ ok: true, value: model });
    expect(JSON.parse(text).revisions[0]).toEqual({ set: 1, name: 'Blue', color: '#2f6fd6', date: '2026-12-01' });
  });

  it('reads a run over the whole text as the element revision', () => {
    const json = JSON.stringify({ ...model, elements: [{ type: 'action', text: 'abc', revisionMarks: [{ start: 0, end: 3, set: 2 }] }] });
    const back = parseJsonModel(json);
    expect(back.ok && back.value.elements[0]).toEqual({ type: 'action', text: 'abc', revision: 2 });
  });

  it('refuses marks outside the text, sets nobody listed, bad colours and dates, with the path', () => {
    const bad = (patch: object) => parseJsonModel(JSON.stringify({ ...model, ...patch }));
    expect(bad({ elements: [{ type: 'action', text: 'ab', revisionMarks: [{ start: 0, end: 5, set: 1 }] }] })).toEqual({
      ok: false,
      error: { code: 'screenplay.bad_model', params: { path: 'elements.0.revisionMarks', problem: 'revision mark outside text' } },
    });
    expect(bad({ elements: [{ type: 'action', text: 'ab', revision: 7 }] })).toMatchObject({ ok: false, error: { params: { path: 'elements.0.revision' } } });
    expect(bad({ revisions: [{ set: 1, name: 'Blue', color: 'blue', date: '2026-12-01' }] })).toMatchObject({ ok: false, error: { params: { path: 'revisions.0.color' } } });
    expect(bad({ revisions: [{ set: 1, name: 'Blue', color: '#2f6fd6', date: '1 Dec' }] })).toMatchObject({ ok: false, error: { params: { path: 'revisions.0.date' } } });
    expect(bad({ revisions: [model.revisions![0], model.revisions![0]] })).toMatchObject({ ok: false, error: { params: { path: 'revisions.1.set' } } });
  });
});
