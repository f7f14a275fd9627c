/**
 * WebVTT subtitles as the W3C format defines them, checked before a pack is accepted: the
 * "WEBVTT" signature line, blocks separated by blank lines, and every cue's timing line
 * ("00:01.000 --> 00:04.500 line:90%") with valid timestamps, an end after its start and starts
 * in order. A browser silently drops a cue it cannot parse, so a broken subtitle file would show
 * nothing and nobody would learn why; the instructor gets the line instead.
 */
export type VttProblem = 'vtt_signature' | 'vtt_timestamp' | 'vtt_cue_order' | 'vtt_cue_empty_time' | 'vtt_no_cues';

export type VttResult = { ok: true; cues: number } | { ok: false; problem: VttProblem; line: number };

const TIMESTAMP = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/;

/** Seconds of a WebVTT timestamp ("01:02:03.004" or "02:03.004"), or null if it is not one. */
export function vttSeconds(text: string): number | null {
  const m = TIMESTAMP.exec(text);
  if (!m) return null;
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / 1000;
}

export interface VttCue {
  start: number;
  end: number;
  text: string;
}

type Parsed = { ok: true; cues: VttCue[] } | { ok: false; problem: VttProblem; line: number };

export function parseWebVtt(source: string): Parsed {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const lines = text.split(/\r\n|\r|\n/);
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0])) return { ok: false, problem: 'vtt_signature', line: 1 };
  const cues: VttCue[] = [];
  let i = 1;
  // The header runs to the first blank line.
  while (i < lines.length && lines[i] !== '') i++;
  while (i < lines.length) {
    while (i < lines.length && lines[i] === '') i++;
    if (i >= lines.length) break;
    const blockStart = i;
    const block: string[] = [];
    while (i < lines.length && lines[i] !== '') block.push(lines[i++]);
    if (/^(NOTE|STYLE|REGION)(?:[ \t]|$)/.test(block[0]) && !block[0].includes('-->')) continue;
    // An optional identifier line, then the timing line.
    const timingAt = block[0].includes('-->') ? 0 : 1;
    const timing = block[timingAt];
    const line = blockStart + timingAt + 1;
    // No timing line at all: the block's first line is most likely a mistyped one ("->").
    if (timing === undefined || !timing.includes('-->')) return { ok: false, problem: 'vtt_timestamp', line: blockStart + 1 };
    const m = /^(\S+)[ \t]+-->[ \t]+(\S+)(?:[ \t].*)?$/.exec(timing);
    const start = m ? vttSeconds(m[1]) : null;
    const end = m ? vttSeconds(m[2]) : null;
    if (start === null || end === null) return { ok: false, problem: 'vtt_timestamp', line };
    if (end <= start) return { ok: false, problem: 'vtt_cue_empty_time', line };
    if (cues.length > 0 && start < cues[cues.length - 1].start) return { ok: false, problem: 'vtt_cue_order', line };
    cues.push({ start, end, text: block.slice(timingAt + 1).join('\n') });
  }
  if (cues.length === 0) return { ok: false, problem: 'vtt_no_cues', line: lines.length };
  return { ok: true, cues };
}

export function checkWebVtt(source: string): VttResult {
  const parsed = parseWebVtt(source);
  return parsed.ok ? { ok: true, cues: parsed.cues.length } : parsed;
}
