/**
 * One table of cases for the screenplay rules (shared/screenplay/rules/) and for every reader
 * that uses them: the Fountain reader and writer, the editor's as-typed headings and
 * autocomplete, the format coach, stats, course checks, PDF import. Where the readers used to
 * disagree (EXT/INT. was a heading for stats and the coach but action for the Fountain reader),
 * each row says what all of them now read.
 */
import { describe, expect, it } from 'vitest';
import { splitHeading, suggest } from '../../../../renderer/editor/autocomplete.ts';
import { SCENE_START } from '../../../../renderer/editor/flow.ts';
import { runChecks } from '../../../../shared/course/checks/run.ts';
import { coachScript } from '../../../../shared/screenplay/coach.ts';
import { parseFountain } from '../../../../shared/screenplay/fountain/parse.ts';
import { writeFountain } from '../../../../shared/screenplay/fountain/write.ts';
import { PAPER_PROFILES } from '../../../../shared/screenplay/layout/profiles.ts';
import type { Screenplay, ScriptElement } from '../../../../shared/screenplay/model.ts';
import { screenplayFromPdfPages, type PdfPage } from '../../../../shared/screenplay/pdf/from-lines.ts';
import { cueName, cueVoice, isMoreMark, parseCue } from '../../../../shared/screenplay/rules/cue.ts';
import { isFountainHeadingLine, isHeadingLine, parseHeading, type Heading } from '../../../../shared/screenplay/rules/heading.ts';
import { lightOf, offeredTimes, TIMES_OF_DAY } from '../../../../shared/screenplay/rules/time-of-day.ts';
import { libraryTitle, titleOf } from '../../../../shared/screenplay/rules/title.ts';
import { speakers } from '../../../../shared/screenplay/sides.ts';
import { scriptStats } from '../../../../shared/screenplay/stats.ts';

const script = (...elements: ScriptElement[]): Screenplay => ({ version: 1, titlePage: [], elements });

function fountainType(line: string): { type: string; text: string; sceneNumber?: string } {
  const r = parseFountain(`${line}\n\nNext.\n`);
  if (!r.ok) throw new Error(r.error.code);
  const { type, text, sceneNumber } = r.value.elements[0];
  return { type, text, ...(sceneNumber ? { sceneNumber } : {}) };
}

/** The line as PDF import reads it, printed at the action margin of a page of action. */
function pdfType(line: string): { type: string; text: string; sceneNumber?: string } {
  const at = (y: number, text: string) => ({ page: 1, x: 108, y, right: 108 + text.length * 7.2, text });
  const page: PdfPage = { width: 612, height: 792, lines: [at(700, line), at(670, 'Rain on the roof.'), at(640, 'Sari waits.')] };
  const { type, text, sceneNumber } = screenplayFromPdfPages([page]).elements[0];
  return { type, text, ...(sceneNumber ? { sceneNumber } : {}) };
}

type Row = [
  line: string,
  /** What the Fountain reader makes of it alone between blank lines (and PDF import, at the margin). */
  reads: 'scene_heading' | 'action',
  /** Heading parts, as stats, Reports, the coach and the course checks read them (headings only). */
  heading: (Partial<Heading> & Pick<Heading, 'setting' | 'location' | 'time'>) | null,
  /** Why, where it is a decision. */
  note?: string,
];

// prettier-ignore
const HEADINGS: Row[] = [
  ['INT. WARUNG - MALAM', 'scene_heading', { intro: 'INT.', setting: 'int', location: 'WARUNG', time: 'MALAM', light: 'night' }],
  ['EXT. JALAN - PAGI', 'scene_heading', { setting: 'ext', location: 'JALAN', time: 'PAGI', light: 'day' }],
  ['int. rumah - sore', 'scene_heading', { setting: 'int', location: 'RUMAH', time: 'SORE', light: 'day' }, 'fountain.io: case-blind'],
  ['INT./EXT. MOBIL - SIANG', 'scene_heading', { intro: 'INT./EXT.', setting: 'both', location: 'MOBIL', time: 'SIANG' }],
  ['INT/EXT MOBIL - SIANG', 'scene_heading', { setting: 'both', location: 'MOBIL', time: 'SIANG' }],
  ['EXT./INT. MOBIL - MALAM', 'scene_heading', { setting: 'both', location: 'MOBIL', time: 'MALAM' }, 'Final Draft lists EXT./INT.; the reader used to call it action'],
  ['EXT/INT. MOBIL - MALAM', 'scene_heading', { setting: 'both', location: 'MOBIL', time: 'MALAM' }],
  ['I/E MOBIL - DAY', 'scene_heading', { intro: 'I/E', setting: 'both', location: 'MOBIL', time: 'DAY' }],
  ['I./E. MOBIL - DAY', 'scene_heading', { setting: 'both', location: 'MOBIL', time: 'DAY' }],
  ['EST. JAKARTA - DINI HARI', 'scene_heading', { setting: 'ext', location: 'JAKARTA', time: 'DINI HARI', light: 'night' }],
  ['EKS. SAWAH - SUBUH', 'scene_heading', { setting: 'ext', location: 'SAWAH', time: 'SUBUH', light: 'dawn' }, 'Indonesian EKS. with its dot'],
  ['INT./EKS. TERAS - SENJA', 'scene_heading', { setting: 'both', location: 'TERAS', time: 'SENJA', light: 'dusk' }],
  ['INT.KAMAR - MALAM', 'scene_heading', { setting: 'int', location: 'KAMAR', time: 'MALAM' }, 'fountain.io: intro followed by a dot'],
  ['INT. RUMAH PAK LURAH – MALAM', 'scene_heading', { setting: 'int', location: 'RUMAH PAK LURAH', time: 'MALAM' }, 'en dash, as Indonesian guides print it'],
  ['EXT. PARK- DAY', 'scene_heading', { setting: 'ext', location: 'PARK', time: 'DAY' }, 'a dash typed without the space before it (seen in real scripts)'],
  ['INT. HOUSE - KITCHEN - DAY', 'scene_heading', { setting: 'int', location: 'HOUSE - KITCHEN', time: 'DAY' }, 'Final Draft: the time follows the last dash'],
  ['INT. RUMAH - MALAM (FLASHBACK)', 'scene_heading', { setting: 'int', location: 'RUMAH', time: 'MALAM (FLASHBACK)', light: 'night' }],
  ['INT. RUMAH - SAME', 'scene_heading', { setting: 'int', location: 'RUMAH', time: 'SAME', light: 'other' }, 'any word after the dash is the time'],
  ['INT. KAMAR - SORE MENJELANG MALAM', 'scene_heading', { time: 'SORE MENJELANG MALAM', light: 'dusk', setting: 'int', location: 'KAMAR' }],
  ['INT. RUMAH SITI SIANG', 'scene_heading', { setting: 'int', location: 'RUMAH SITI', time: 'SIANG' }, 'GLOSSARY: time without a dash, accepted'],
  ['EXT. SIANG. JEMBATAN MERAH.', 'scene_heading', { setting: 'ext', location: 'JEMBATAN MERAH', time: 'SIANG' }, 'GLOSSARY: time first'],
  ['1. INT. RUMAH PAK LURAH – MALAM', 'scene_heading', { number: '1', setting: 'int', location: 'RUMAH PAK LURAH', time: 'MALAM' }, 'number first: the scene number'],
  ['01 INT - RUMAH SITI SIANG', 'scene_heading', { number: '01', setting: 'int', location: 'RUMAH SITI', time: 'SIANG' }],
  ['S#1. 지하철 안 / 늦은 밤', 'scene_heading', { number: '1', setting: 'other', location: '지하철 안', time: '늦은 밤', light: 'night' }, 'Korean: S# opens the heading'],
  ['S#.1 경찰서 (낮/ 안)', 'scene_heading', { number: '1', setting: 'int', location: '경찰서', time: '낮', light: 'day' }, 'Korean: 안 in the brackets is interior'],
  ['S1. 병원 응급실 / 낮', 'scene_heading', { number: '1', setting: 'other', location: '병원 응급실', time: '낮' }],
  ['S#1. 방송국 전경. 오후.', 'scene_heading', { number: '1', location: '방송국 전경', time: '오후', light: 'day', setting: 'other' }],
  ['S#12. 카페 - 낮', 'scene_heading', { number: '12', setting: 'other', location: '카페', time: '낮', light: 'day' }, 'Korean with the dash the editor writes'],
  ['S#3. 학교 운동장 - 새벽', 'scene_heading', { setting: 'other', number: '3', location: '학교 운동장', time: '새벽', light: 'dawn' }],
  ['S#4. INT. 카페 - 아침', 'scene_heading', { number: '4', intro: 'INT.', setting: 'int', location: '카페', time: '아침', light: 'day' }, 'film: INT. after S#'],
  ['S#7. 거실 (밤)', 'scene_heading', { number: '7', setting: 'other', location: '거실', time: '밤', light: 'night' }],
  ['S#8. 골목 / 저녁 / 밖', 'scene_heading', { number: '8', setting: 'ext', location: '골목', time: '저녁', light: 'dusk' }, '밖 as its own slash segment'],
  ['S#10A. 옥상 - 해질녘', 'scene_heading', { setting: 'other', number: '10A', location: '옥상', time: '해질녘', light: 'dusk' }],
  ['S#2 부엌 - 점심', 'scene_heading', { setting: 'other', number: '2', location: '부엌', time: '점심', light: 'day' }, 'S# without the full stop'],
  ['S#5. 공원 밤', 'scene_heading', { setting: 'other', number: '5', location: '공원', time: '밤', light: 'night' }, 'a table word last, without a separator'],
  ['S#6. 병원 복도 - 잠시 후', 'scene_heading', { setting: 'other', number: '6', location: '병원 복도', time: '잠시 후', light: 'other' }],
  ['S#9. 편의점 - 밤 (회상)', 'scene_heading', { setting: 'other', number: '9', location: '편의점', time: '밤 (회상)', light: 'night' }],
  ['S#11. 사무실', 'scene_heading', { number: '11', setting: 'other', location: '사무실', time: '' }, 'no time: the coach asks for one'],
  ['씬이 바뀐다.', 'action', null, 'Korean action is no heading'],
  ['INT. HOUSE', 'scene_heading', { setting: 'int', location: 'HOUSE', time: '' }],
  ['INT. KITCHEN/LIVING ROOM', 'scene_heading', { setting: 'int', location: 'KITCHEN/LIVING ROOM', time: '' }, 'a slash joins locations unless a time follows it'],
  ['EXT. WASHINGTON D.C. - DAY', 'scene_heading', { setting: 'ext', location: 'WASHINGTON D.C.', time: 'DAY' }],
  ['INTO THE NIGHT', 'action', null],
  ['ESTATE AGENTS - DAY', 'action', null],
  ['Eks pacarnya datang.', 'action', null, '"eks" is also a word: EKS needs its dot'],
  ['Dalam kamar, gelap.', 'action', null, 'DALAM/LUAR are no intros'],
  ['1984 ADALAH TAHUN', 'action', null],
];

describe('scene headings: one grammar, every reader', () => {
  it.each(HEADINGS)('%s → %s', (line, reads, heading) => {
    if (heading) expect(parseHeading(line)).toMatchObject(heading);
    expect(isHeadingLine(line)).toBe(reads === 'scene_heading');
    const fountain = fountainType(line);
    expect(fountain.type).toBe(reads);
    // PDF import reads headings in capitals, as screenplays print them.
    if (line === line.toUpperCase()) expect(pdfType(line).type).toBe(reads);
    if (heading?.number) {
      expect(fountain.sceneNumber).toBe(/^S/.test(line) ? undefined : heading.number);
      if (!/^S/.test(line)) expect(pdfType(line)).toMatchObject({ sceneNumber: heading.number, text: line.slice(line.indexOf('INT')) });
    }
    // The writer's output reads back the same, and stays plain only where fountain.io lists the intro.
    const read = (text: string): Screenplay => {
      const r = parseFountain(text);
      if (!r.ok) throw new Error(r.error.code);
      return r.value;
    };
    const written = writeFountain(read(`${line}\n`));
    expect(read(written).elements[0]).toMatchObject({ type: fountain.type, text: fountain.text });
    if (reads === 'scene_heading') expect(written.startsWith('.')).toBe(!isFountainHeadingLine(fountain.text));
  });

  it('stats and Reports count INT, EXT and both from the same grammar', () => {
    const els = HEADINGS.filter(([, reads]) => reads === 'scene_heading').map(([line]) => ({ type: 'scene_heading' as const, text: line }));
    const s = scriptStats(script(...els), PAPER_PROFILES.a4);
    const count = (setting: string) => HEADINGS.filter(([, , h]) => h?.setting === setting).length;
    expect({ interior: s.interior, exterior: s.exterior, both: s.both }).toEqual({ interior: count('int'), exterior: count('ext'), both: count('both') });
    expect(s.timesOfDay.MALAM).toBe(HEADINGS.filter(([, , h]) => h?.time === 'MALAM').length);
  });

  it('the coach asks for a time only where an INT./EXT. or a Korean S# heading has none', () => {
    for (const [line, , h] of HEADINGS) {
      if (!h) continue;
      const flagged = coachScript(script({ type: 'scene_heading', text: line })).some((f) => f.code === 'coach.heading_no_time');
      expect(flagged, line).toBe((h.setting !== 'other' || h.number !== undefined) && h.time === '');
    }
    // In a Korean script, the fix offers the script's own times first.
    const korean = coachScript(script({ type: 'scene_heading', text: 'S#1. 카페 - 밤' }, { type: 'scene_heading', text: 'S#2. 골목' }));
    expect(korean[0].fix).toMatchObject({ kind: 'append_time' });
    expect((korean[0].fix as { choices: string[] }).choices.slice(0, 3)).toEqual(['밤', '낮', '아침']);
    // A heading typed as action after a transition: the coach's fix, by the same rule.
    const after = coachScript(script({ type: 'transition', text: 'CUT TO:' }, { type: 'action', text: 'EXT./INT. MOBIL - MALAM' }, { type: 'action', text: 'x' }));
    expect(after[0].fix).toMatchObject({ kind: 'convert', from: 'action', to: 'scene_heading' });
  });

  it("the course check's time of day reads the heading's time", () => {
    const allowed = ['PAGI', 'SIANG', 'SORE', 'MALAM'];
    const check = (text: string) => runChecks(script({ type: 'scene_heading', text }), [{ kind: 'time_of_day', id: 't', allowed }], 'a4')[0].passed;
    for (const [line, , h] of HEADINGS) {
      if (!h) continue;
      const time = h.time.replace(/\s*\(.*\)$/, '');
      expect(check(line), line).toBe(allowed.some((w) => time === w || time.endsWith(` ${w}`)));
    }
  });

  it('the editor turns typed intros into headings, and autocomplete splits what is typed', () => {
    for (const typed of ['INT.', 'ext.', 'EST.', 'EKS.', 'I/E ', 'I/E.', 'INT/EXT ', 'EXT/INT.', 'S#1.']) expect(SCENE_START.test(typed), typed).toBe(true);
    for (const typed of ['INT', 'Int', 'Into', 'Eks ', 'EXTRA', 'Dalam ']) expect(SCENE_START.test(typed), typed).toBe(false);
    expect(splitHeading('INT. WARUNG - MA')).toEqual({ prefix: 'INT. ', location: 'WARUNG', time: 'MA', timeStart: 14 });
    expect(splitHeading('EXT./INT. MOBIL')).toEqual({ prefix: 'EXT./INT. ', location: 'MOBIL' });
    expect(splitHeading('INT. RUMAH SIANG')).toEqual({ prefix: 'INT. ', location: 'RUMAH SIANG' });
    const vocab = { characters: [], locations: [] };
    expect(suggest('scene_heading', 'EKS. SAWAH - SU', vocab, 'id').map((s) => s.replacement)).toEqual(['EKS. SAWAH - SUBUH']);
    // Korean: S#12. is the intro; its location and time are completed like any other.
    expect(splitHeading('S#12. 카페 - 저')).toEqual({ prefix: 'S#12. ', location: '카페', time: '저', timeStart: 11 });
    expect(suggest('scene_heading', 'S#12. 카', { characters: [], locations: ['카페', '골목'] }, 'ko').map((s) => s.replacement)).toEqual(['S#12. 카페 - ']);
    expect(suggest('scene_heading', 'S#12. 카페 - 새', vocab, 'ko').map((s) => s.replacement)).toEqual(['S#12. 카페 - 새벽']);
    expect(suggest('scene_heading', 'S#12. 카페 - ', vocab, 'ko').map((s) => s.label).slice(0, 5)).toEqual(['낮', '밤', '아침', '저녁', '새벽']);
  });
});

// prettier-ignore
const TIMES: [time: string, light: ReturnType<typeof lightOf>][] = [
  ['DAY', 'day'], ['NIGHT', 'night'], ['MORNING', 'day'], ['AFTERNOON', 'day'], ['EVENING', 'dusk'], ['DAWN', 'dawn'], ['DUSK', 'dusk'],
  ['CONTINUOUS', 'other'], ['LATER', 'other'], ['MOMENTS LATER', 'other'], ['LATER THAT NIGHT', 'night'],
  ['PAGI', 'day'], ['SIANG', 'day'], ['SORE', 'day'], ['MALAM', 'night'], ['SUBUH', 'dawn'], ['SENJA', 'dusk'], ['DINI HARI', 'night'],
  ['TENGAH MALAM', 'night'], ['TENGAH HARI', 'day'], ['MENJELANG PAGI', 'dawn'], ['MENJELANG MALAM', 'dusk'], ['2:00 PAGI', 'day'], ['LANJUTAN', 'other'],
  ['낮', 'day'], ['밤', 'night'], ['아침', 'day'], ['저녁', 'dusk'], ['새벽', 'dawn'], ['늦은 밤', 'night'], ['오후', 'day'],
  ['오전', 'day'], ['점심', 'day'], ['한낮', 'day'], ['정오', 'day'], ['이른 아침', 'day'], ['늦은 오후', 'day'],
  ['황혼', 'dusk'], ['해질녘', 'dusk'], ['해 질 녘', 'dusk'], ['일몰', 'dusk'], ['노을', 'dusk'], ['초저녁', 'dusk'],
  ['새벽녘', 'dawn'], ['이른 새벽', 'dawn'], ['동틀녘', 'dawn'], ['일출', 'dawn'],
  ['한밤중', 'night'], ['자정', 'night'], ['심야', 'night'], ['밤 (회상)', 'night'], ['새벽 3시', 'dawn'],
  ['연속', 'other'], ['잠시 후', 'other'], ['같은 시각', 'other'], ['이어서', 'other'], ['저녁 - 잠시 후', 'dusk'],
];

describe('times of day: one table', () => {
  it.each(TIMES)('%s is %s', (time, light) => expect(lightOf(time)).toBe(light));

  it('offers the common words first, in each language', () => {
    expect(offeredTimes('id')).toEqual(['PAGI', 'SIANG', 'SORE', 'MALAM', 'SUBUH', 'SENJA', 'DINI HARI']);
    expect(offeredTimes('en').slice(0, 4)).toEqual(['DAY', 'NIGHT', 'MORNING', 'EVENING']);
    expect(offeredTimes('ko')).toEqual(['낮', '밤', '아침', '저녁', '새벽', '오후', '늦은 밤']);
  });

  it('lists each word once', () => {
    const words = TIMES_OF_DAY.map((t) => t.words);
    expect(new Set(words).size).toBe(words.length);
  });
});

// prettier-ignore
const CUES: [cue: string, parsed: ReturnType<typeof parseCue>][] = [
  ['SARI', { name: 'SARI', extensions: [], contd: false, dual: false }],
  ['sari (V.O.)', { name: 'SARI', extensions: ['V.O.'], contd: false, dual: false }],
  ["SARI (V.O.) (CONT'D)", { name: 'SARI', extensions: ['V.O.'], contd: true, dual: false }],
  ['SARI (CONT’D) ^', { name: 'SARI', extensions: [], contd: true, dual: true }],
  ['SARI(CONT.)', { name: 'SARI', extensions: [], contd: true, dual: false }],
  ['SARI (LANJ.)', { name: 'SARI', extensions: [], contd: true, dual: false }],
  ['BUDI ^', { name: 'BUDI', extensions: [], contd: false, dual: true }],
  ['BUDI^', { name: 'BUDI', extensions: [], contd: false, dual: true }],
  ['PAK  RT  (O.S.)', { name: 'PAK RT', extensions: ['O.S.'], contd: false, dual: false }],
  ['SARI (V.O.', { name: 'SARI', extensions: ['V.O.'], contd: false, dual: false }],
  ['강국장（E）', { name: '강국장', extensions: ['E'], contd: false, dual: false }],
  ['DR. WIRA (O.S.)', { name: 'DR. WIRA', extensions: ['O.S.'], contd: false, dual: false }],
];

describe('cues: one grammar', () => {
  it.each(CUES)('%s', (cue, parsed) => {
    expect(parseCue(cue)).toEqual(parsed);
    expect(cueName(cue)).toBe(parsed.name);
  });

  it('stats, sides, course checks and autocomplete name speakers alike', () => {
    const els = CUES.flatMap(([cue]): ScriptElement[] => [{ type: 'character', text: cue }, { type: 'dialogue', text: 'Ya.' }]);
    const names = [...new Set(CUES.map(([, p]) => p.name))];
    expect(speakers(script(...els))).toEqual(names);
    expect(scriptStats(script(...els), PAPER_PROFILES.a4).characters.map((c) => c.name).sort()).toEqual([...names].sort());
    const check = runChecks(script(...els), [{ kind: 'characters', id: 'c', names: ['sari', 'Pak Rt'] }], 'a4')[0];
    expect(check.passed).toBe(true);
  });

  it('(MORE) and the voice a continued speech repeats', () => {
    expect(isMoreMark('(MORE)')).toBe(true);
    expect(isMoreMark('( more )')).toBe(true);
    expect(isMoreMark('MORE')).toBe(false);
    expect(cueVoice("SARI (V.O.) (CONT'D)")).toBe(cueVoice('Sari (V.O.)'));
    expect(cueVoice("SARI (CONT'D)")).not.toBe(cueVoice('SARI (V.O.)'));
  });

  it('autocomplete offers the extensions while a cue is typed', () => {
    const vocab = { characters: ['SARI'], locations: [] };
    expect(suggest('character', 'SARI (', vocab).map((s) => s.replacement)).toEqual(['SARI (V.O.)', 'SARI (O.S.)', 'SARI (O.C.)', "SARI (CONT'D)"]);
    expect(suggest('character', 'SARI (o', vocab).map((s) => s.label)).toEqual(['(O.S.)', '(O.C.)']);
    expect(suggest('character', 'SARI (V.O.) (C', vocab).map((s) => s.replacement)).toEqual(["SARI (V.O.) (CONT'D)"]);
    expect(suggest('character', 'SARI (V.O.)', vocab)).toEqual([]);
    for (const s of suggest('character', 'SARI (', vocab)) expect(cueName(s.replacement)).toBe('SARI');
  });

  it('the Fountain reader finds cues by the same name part', () => {
    expect(fountainType('SARI (v.o.)\nHalo.').type).toBe('character');
    expect(fountainType('Sari (V.O.)\nHalo.').type).toBe('action');
  });
});

describe('titles: one rule', () => {
  // prettier-ignore
  const TITLES: [value: string | undefined, title: string | undefined][] = [
    ['Hujan di Warung', 'Hujan di Warung'],
    ['_**BRICK & STEEL**_\n_**FULL RETIRED**_', 'BRICK & STEEL FULL RETIRED'],
    ['  Dua   Kota  ', 'Dua Kota'],
    ['', undefined],
    [undefined, undefined],
    ['x'.repeat(300), 'x'.repeat(200)],
  ];
  it.each(TITLES)('%j → %j', (value, title) => {
    const s = { titlePage: value === undefined ? [{ key: 'Author', value: 'Sari' }] : [{ key: 'TITLE', value }] };
    expect(titleOf(s)).toBe(title);
    expect(titleOf(s.titlePage)).toBe(title);
  });

  it('the library falls back to the file name', () => {
    expect(libraryTitle({ titlePage: [] }, 'C:\\naskah\\Hujan.fountain')).toBe('Hujan');
    expect(libraryTitle({ titlePage: [] }, '/tmp/.fountain')).toBe('Untitled');
    expect(libraryTitle({ titlePage: [{ key: 'Title', value: '*Hujan*' }] }, 'x.fountain')).toBe('Hujan');
  });
});
