/**
 * Child process of crash.test.ts: the real store behind the real handlers, autosaving a draft in
 * a loop as the editor does — mostly patches (draft.patch), every fifth save the whole draft
 * (draft.save) — and printing "ack N" only after save N has returned (committed). Prints "ready"
 * once loaded; on "go" (stdin) it opens the data directory, continues after the last edit the
 * store holds (as the editor does when the script is opened again) and saves until the parent
 * kills it with SIGKILL.
 * Usage: CRASH_FILLERS=50 node crash-child.ts DATA_DIR SCRIPT_ID
 */
import fs from 'node:fs';
import { openBackend } from '../../../electron/host.ts';
import type { ScriptElement } from '../../../shared/screenplay/model.ts';

/** The draft is a heading, this many actions and the edit marker (crash.test.ts checks the count). */
const FILLERS = Number(process.env.CRASH_FILLERS);
// Enough text that each save is a real write, not a few bytes.
const filler = (i: number, n: number) => `Hujan turun di atas atap seng warung ${n % 2 ? 'sore' : 'malam'} itu. `.repeat(40) + i;
const edit = (n: number): ScriptElement => ({ type: 'action', text: `edit ${n}` });

const [dataDir, scriptId] = process.argv.slice(2);
fs.writeSync(1, 'ready\n');
await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));

const backend = openBackend(dataDir, 'cli', 'en-US');
const h = backend.handlers;
let { revision, screenplay } = await h['draft.load']({ scriptId });
const last = screenplay.elements.at(-1)?.text ?? '';
let n = /^edit (\d+)$/.test(last) ? Number(last.slice(5)) + 1 : 0;
for (; ; n++) {
  if (n % 5 === 0 || screenplay.elements.length !== FILLERS + 2) {
    const elements = [{ type: 'scene_heading' as const, text: 'INT. WARUNG - MALAM' }, ...Array.from({ length: FILLERS }, (_, i) => ({ type: 'action' as const, text: filler(i, n) })), edit(n)];
    screenplay = { version: 1, titlePage: [], elements };
    ({ revision } = await h['draft.save']({ scriptId, screenplay, baseRevision: revision }));
  } else {
    // Typing at the end (one element), or a rewrite reaching back into the scene (two).
    const reach = n % 3 === 2 ? 2 : 1;
    const start = screenplay.elements.length - reach;
    const insert = reach === 2 ? [{ type: 'action' as const, text: filler(FILLERS - 1, n) }, edit(n)] : [edit(n)];
    ({ revision } = await h['draft.patch']({ scriptId, baseRevision: revision, start, deleteCount: reach, insert }));
    screenplay = { ...screenplay, elements: [...screenplay.elements.slice(0, start), ...insert] };
  }
  fs.writeSync(1, `ack ${n}\n`);
}
