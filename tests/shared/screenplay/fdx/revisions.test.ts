/**
 * Final Draft's revision marks, read from bytes laid out as Final Draft 10+ writes them (runs with
 * AdornmentStyle/Font/RevisionID="0" for unrevised text, a <Revisions> list with 16-bit colours
 * after the script) and as older files write them (Revisioned="Yes"), and written back losslessly.
 */
import { describe, expect, it } from 'vitest';
import { parseFdx } from '../../../../shared/screenplay/fdx/parse.ts';
import { readColour, writeColour } from '../../../../shared/screenplay/fdx/revisions.ts';
import { writeFdx } from '../../../../shared/screenplay/fdx/write.ts';
import { parseJsonModel, writeJsonModel } from '../../../../shared/screenplay/json.ts';
import type { Screenplay } from '../../../../shared/screenplay/model.ts';

function read(xml: string): Screenplay {
  const r = parseFdx(xml);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const run = (text: string, id = 0, style = '') => `<Text AdornmentStyle="0" Background="#FFFFFFFFFFFF" Color="#000000000000" Font="Courier Final Draft" RevisionID="${id}" Size="12" Style="${style}">${text}</Text>`;

const FINAL_DRAFT = `<?xml version="1.0" encoding="UTF-8" standalone="no" ?>
<FinalDraft DocumentType="Script" Template="No" Version="5">
  <Content>
    <Paragraph Number="1" Type="Scene Heading">${run('INT. WARUNG - NIGHT')}</Paragraph>
    <Paragraph Type="Action">${run('Sari wipes the counter. ')}${run('Rain hammers the roof.', 2)}</Paragraph>
    <Paragraph Type="Character">${run('SARI', 1)}</Paragraph>
    <Paragraph Type="Dialogue">${run('We close ', 1)}${run('early', 2, 'Bold')}${run(' tonight.', 1)}</Paragraph>
    <Paragraph Type="Action">${run('She turns the sign.')}</Paragraph>
  </Content>
  <TitlePage><Content><Paragraph Alignment="Center" Type="Action">${run('WARUNG')}</Paragraph></Content></TitlePage>
  <Revisions ActiveSet="2" Location="7.75" RevisionMode="Yes" RevisionsShown="Active" ShowAllMarks="No" ShowAllSets="No">
    <Revision Color="#00000000FFFF" FullRevision="No" ID="1" Mark="*" Name="Blue Rev." PageColor="#9999CCCCFFFF" Style=""/>
    <Revision Color="#FFFF00008080" FullRevision="No" ID="2" Mark="*" Name="Pink Rev." PageColor="#FFFFCCCCFFFF" Style=""/>
    <Revision Color="#FFFFFFFF0000" FullRevision="No" ID="3" Mark="*" Name="Yellow Rev." PageColor="#FFFFFFFF9999" Style=""/>
  </Revisions>
</FinalDraft>
`;

describe('FDX revision marks in', () => {
  const script = read(FINAL_DRAFT);

  it('reads the sets with their names and colours, the active one last', () => {
    expect(script.revisions).toEqual([
      { set: 1, name: 'Blue Rev.', color: '#0000ff' },
      { set: 3, name: 'Yellow Rev.', color: '#ffff00' },
      { set: 2, name: 'Pink Rev.', color: '#ff0080' },
    ]);
  });

  it('reads per-run marks, a wholly revised element as its revision, unrevised runs as nothing', () => {
    const [heading, action, cue, speech, last] = script.elements;
    expect(heading).toEqual({ type: 'scene_heading', text: 'INT. WARUNG - NIGHT', sceneNumber: '1' });
    expect(action).toEqual({ type: 'action', text: 'Sari wipes the counter. Rain hammers the roof.', revisionMarks: [{ start: 24, end: 46, set: 2 }] });
    expect(cue).toEqual({ type: 'character', text: 'SARI', revision: 1 });
    expect(speech).toEqual({ type: 'dialogue', text: 'We close early tonight.', marks: [{ start: 9, end: 14, style: 'bold' }], revision: 1, revisionMarks: [{ start: 9, end: 14, set: 2 }] });
    expect(last).toEqual({ type: 'action', text: 'She turns the sign.' });
  });

  it('reads Revisioned="Yes" as the active set and lists sets the file forgot', () => {
    const old = read(`<FinalDraft Version="1"><Content><Paragraph Type="Action"><Text Revisioned="Yes">New line.</Text></Paragraph><Paragraph Type="Action"><Text RevisionID="4">Other.</Text></Paragraph></Content><Revisions ActiveSet="1"><Revision ID="1" Name="Blue"/></Revisions></FinalDraft>`);
    expect(old.elements.map((e) => e.revision)).toEqual([1, 4]);
    expect(old.revisions?.map((r) => [r.set, r.name])).toEqual([[4, 'Green'], [1, 'Blue']]);
  });

  it('reads RevisionMode="Yes" as revision mode on (resumed when the script opens), "No" as off', () => {
    expect(script.revisionMode).toBe(true);
    expect(read(FINAL_DRAFT.replace('RevisionMode="Yes"', 'RevisionMode="No"')).revisionMode).toBeUndefined();
    // No set to mark with: the switch alone is not kept.
    expect(read(`<FinalDraft Version="1"><Content><Paragraph Type="Action"><Text>Plain.</Text></Paragraph></Content><Revisions ActiveSet="1" RevisionMode="Yes"></Revisions></FinalDraft>`).revisionMode).toBeUndefined();
  });

  it('adds nothing to a file without revisions', () => {
    expect(read(FINAL_DRAFT.replace(/RevisionID="[12]"/g, 'RevisionID="0"').replace(/<Revisions[\s\S]*<\/Revisions>/, '')).revisions).toBeUndefined();
  });
});

describe('FDX revision marks out', () => {
  const script = read(FINAL_DRAFT);

  it('writes RevisionID on the revised runs and the sets as Final Draft lists them', () => {
    const xml = writeFdx(script);
    expect(xml).toContain('<Paragraph Type="Action"><Text>Sari wipes the counter. </Text><Text RevisionID="2">Rain hammers the roof.</Text></Paragraph>');
    expect(xml).toContain('<Text RevisionID="1">We close </Text><Text RevisionID="2" Style="Bold">early</Text><Text RevisionID="1"> tonight.</Text>');
    expect(xml).toContain('<Revisions ActiveSet="2" RevisionMode="Yes"');
    const { revisionMode: _on, ...off } = script;
    expect(writeFdx(off)).toContain('<Revisions ActiveSet="2" RevisionMode="No"');
    expect(xml).toContain('<Revision Color="#00000000FFFF" FullRevision="No" ID="1" Mark="*" Name="Blue Rev." Style=""/>');
  });

  it('round-trips Final Draft bytes: the same model after writing and reading again', () => {
    expect(read(writeFdx(script))).toEqual(script);
  });

  it('round-trips a model with dated sets through FDX and JSON', () => {
    const model: Screenplay = {
      version: 1,
      titlePage: [],
      elements: [
        { type: 'action', text: 'Dated & marked <text>.', revisionMarks: [{ start: 0, end: 5, set: 1 }, { start: 8, end: 14, set: 9 }] },
        { type: 'character', text: 'BUDI', revision: 9 },
      ],
      revisions: [
        { set: 1, name: 'Biru', color: '#2f6fd6', date: '2026-11-30' },
        { set: 9, name: 'Double Blue', color: '#2f6fd6', date: '2026-12-02' },
      ],
    };
    const back = read(writeFdx(model));
    expect(back).toEqual(model);
    expect(parseJsonModel(writeJsonModel(back))).toEqual({ ok: true, value: model });
    // Revision mode on, with Pink (set 2) active after Double Blue was listed: the active set stays the current one through both formats.
    const on: Screenplay = { ...model, revisions: [...model.revisions!, { set: 2, name: 'Pink', color: '#e0609a', date: '2026-12-03' }], revisionMode: true };
    const again = read(writeFdx(on));
    expect(again).toEqual(on);
    expect(writeJsonModel(again)).toContain('"revisionMode": true');
    expect(parseJsonModel(writeJsonModel(again))).toEqual({ ok: true, value: on });
  });

  it('reads both colour forms and writes Final Draft’s', () => {
    expect(readColour('#0000FFFF0000')).toBe('#00ff00');
    expect(readColour('#AB12CD')).toBe('#ab12cd');
    expect(readColour('blue')).toBeUndefined();
    expect(writeColour('#2f6fd6')).toBe('#2F2F6F6FD6D6');
    expect(readColour(writeColour('#2f6fd6'))).toBe('#2f6fd6');
  });
});
