import { describe, expect, it } from 'vitest';
import { checkWebVtt, parseWebVtt, vttSeconds } from '../../../../shared/course/media/webvtt.ts';
import { textMediaProblem } from '../../../../shared/course/media/content-check.ts';

const GOOD = 'WEBVTT - sample\n\nNOTE made by hand\n\n1\n00:00.000 --> 00:01.500 line:90%\nFADE IN:\n\n00:01.500 --> 00:00:03.000\n<v Siti>Pulang?</v>\n';

describe('WebVTT', () => {
  it('reads timestamps with and without hours', () => {
    expect(vttSeconds('00:01.500')).toBe(1.5);
    expect(vttSeconds('01:02:03.004')).toBeCloseTo(3723.004);
    expect(vttSeconds('1:02.000')).toBeNull();
    expect(vttSeconds('00:60.000')).toBeNull();
  });

  it('parses cues, skipping NOTE blocks and identifiers, with a BOM and CRLF', () => {
    const parsed = parseWebVtt(`\uFEFF${GOOD.replace(/\n/g, '\r\n')}`);
    expect(parsed.ok && parsed.cues).toEqual([
      { start: 0, end: 1.5, text: 'FADE IN:' },
      { start: 1.5, end: 3, text: '<v Siti>Pulang?</v>' },
    ]);
  });

  it('names the line of each problem', () => {
    expect(checkWebVtt('WEBVTTX\n\n00:00.000 --> 00:01.000\nx')).toEqual({ ok: false, problem: 'vtt_signature', line: 1 });
    expect(checkWebVtt('WEBVTT\n\n00:00.000 -> 00:01.000\nx')).toEqual({ ok: false, problem: 'vtt_timestamp', line: 3 });
    expect(checkWebVtt('WEBVTT\n\nid\n00:00,000 --> 00:01.000\nx')).toEqual({ ok: false, problem: 'vtt_timestamp', line: 4 });
    expect(checkWebVtt('WEBVTT\n\n00:02.000 --> 00:01.000\nx')).toEqual({ ok: false, problem: 'vtt_cue_empty_time', line: 3 });
    expect(checkWebVtt('WEBVTT\n\n00:02.000 --> 00:03.000\nx\n\n00:01.000 --> 00:04.000\ny')).toEqual({ ok: false, problem: 'vtt_cue_order', line: 6 });
    expect(checkWebVtt('WEBVTT\n')).toMatchObject({ ok: false, problem: 'vtt_no_cues' });
  });

  it('reports as media.<problem> naming the file, and judges FDX by its XML', () => {
    expect(textMediaProblem('subs/a.en.vtt', GOOD)).toBeNull();
    expect(textMediaProblem('subs/a.en.vtt', 'hello')).toEqual({ code: 'media.vtt_signature', params: { file: 'subs/a.en.vtt', line: 1 } });
    expect(textMediaProblem('s.fdx', '#!/bin/sh\nrm -rf /')).toMatchObject({ code: 'media.wrong_magic', params: { file: 's.fdx' } });
    expect(textMediaProblem('s.fdx', '<?xml version="1.0"?><FinalDraft DocumentType="Script"><Content><Paragraph Type="Action"><Text>Hi.</Text></Paragraph></Content></FinalDraft>')).toBeNull();
    expect(textMediaProblem('s.fdx', '<?xml version="1.0"?><FinalDraft><Content>')).toMatchObject({ code: 'media.script_unreadable' });
  });
});
