/**
 * Child process of crash.test.ts: the real store, autosaving a draft in a loop as the editor does,
 * printing "ack N" only after save N has returned (committed). The parent kills it with SIGKILL.
 * Usage: node crash-child.ts DATA_DIR SCRIPT_ID FIRST_N
 */
import fs from 'node:fs';
import { openBackend } from '../../../electron/host.ts';

const [dataDir, scriptId, first] = process.argv.slice(2);
const backend = openBackend(dataDir, 'cli', 'en-US');
// Enough text that each save is a real write, not a few bytes.
const filler = 'Hujan turun di atas atap seng warung. '.repeat(40);
fs.writeSync(1, 'ready\n');
for (let n = Number(first); ; n++) {
  const elements = [{ type: 'scene_heading' as const, text: 'INT. WARUNG - MALAM' }, ...Array.from({ length: 50 }, (_, i) => ({ type: 'action' as const, text: `${filler}${i}` })), { type: 'action' as const, text: `edit ${n}` }];
  await backend.handlers['draft.save']({ scriptId, screenplay: { version: 1, titlePage: [], elements } });
  fs.writeSync(1, `ack ${n}\n`);
}
