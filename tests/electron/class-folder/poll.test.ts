import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newPollMemory, pollFolder, type FolderFile, type ImportOutcome } from '../../../electron/class-folder/poll.ts';
import { tempDataDir } from '../temp.ts';

/** A real importer in miniature: idempotent by content, refuses anything that is not {"ok":true}. */
function importer() {
  const stored = new Set<string>();
  const batches: string[][] = [];
  const run = async (files: FolderFile[]): Promise<ImportOutcome> => {
    batches.push(files.map((f) => f.fileName));
    const out: ImportOutcome = { accepted: [], refused: [] };
    for (const f of files) {
      if (!f.content.includes('"ok":true')) out.refused.push({ fileName: f.fileName, problem: { code: 'pack.report_not_json', params: { file: f.fileName } } });
      else {
        out.accepted.push({ fileName: f.fileName, status: stored.has(f.content) ? 'duplicate' : 'added' });
        stored.add(f.content);
      }
    }
    return out;
  };
  return { run, batches };
}

function write(dir: string, name: string, content: string, mtimeMs: number): void {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  fs.utimesSync(file, mtimeMs / 1000, mtimeMs / 1000);
}

const T0 = Date.UTC(2026, 11, 2, 10);
const opts = (nowMs: number) => ({ nowMs, settleMs: 2_000, maxBytes: 1_000 });

describe('class folder: a poll', () => {
  it('imports settled reports once, and a later poll reads nothing unchanged', async () => {
    const dir = tempDataDir('naskah-folder-');
    write(dir, 'a.naskahreport', '{"ok":true,"n":1}', T0);
    write(dir, 'b.json', '{"ok":true,"n":2}', T0);
    const memory = newPollMemory();
    const imp = importer();
    expect(await pollFolder(memory, dir, imp.run, opts(T0 + 10_000))).toEqual({ added: 2, duplicates: 0, waiting: 0, refused: [] });
    expect(await pollFolder(memory, dir, imp.run, opts(T0 + 20_000))).toEqual({ added: 0, duplicates: 0, waiting: 0, refused: [] });
    expect(imp.batches).toEqual([['a.naskahreport', 'b.json']]);
  });

  it('ignores temporary and partial files of writers and sync tools', async () => {
    const dir = tempDataDir('naskah-folder-');
    for (const name of ['.a.naskahreport.1.tmp', '.syncthing.b.json.tmp', '~$c.json', 'd.naskahreport.part', '.~lock.e.json#', 'notes.pdf']) write(dir, name, 'junk', T0);
    fs.mkdirSync(path.join(dir, 'sub.json'));
    const imp = importer();
    expect(await pollFolder(newPollMemory(), dir, imp.run, opts(T0 + 10_000))).toEqual({ added: 0, duplicates: 0, waiting: 0, refused: [] });
    expect(imp.batches).toEqual([]);
  });

  it('waits for a file that is still growing, and takes it once it held still between two polls', async () => {
    const dir = tempDataDir('naskah-folder-');
    const memory = newPollMemory();
    const imp = importer();
    write(dir, 'a.json', '{"ok":', T0);
    expect((await pollFolder(memory, dir, imp.run, opts(T0 + 100))).waiting).toBe(1);
    write(dir, 'a.json', '{"ok":true}', T0 + 500);
    expect((await pollFolder(memory, dir, imp.run, opts(T0 + 600))).waiting).toBe(1);
    expect(await pollFolder(memory, dir, imp.run, opts(T0 + 700))).toEqual({ added: 1, duplicates: 0, waiting: 0, refused: [] });
    expect(imp.batches).toEqual([['a.json']]);
  });

  it('lists refused files with their reason at every poll until they change or go', async () => {
    const dir = tempDataDir('naskah-folder-');
    const memory = newPollMemory();
    const imp = importer();
    write(dir, 'bad.json', 'not a report', T0);
    write(dir, 'big.json', 'x'.repeat(2_000), T0);
    const refusedNow = [
      { fileName: 'bad.json', problem: { code: 'pack.report_not_json', params: { file: 'bad.json' } } },
      { fileName: 'big.json', problem: { code: 'pack.report_too_large', params: { file: 'big.json', max: 1_000 } } },
    ];
    expect((await pollFolder(memory, dir, imp.run, opts(T0 + 10_000))).refused).toEqual(refusedNow);
    expect((await pollFolder(memory, dir, imp.run, opts(T0 + 20_000))).refused).toEqual(refusedNow);
    write(dir, 'bad.json', '{"ok":true}', T0 + 20_000);
    fs.rmSync(path.join(dir, 'big.json'));
    expect(await pollFolder(memory, dir, imp.run, opts(T0 + 30_000))).toEqual({ added: 1, duplicates: 0, waiting: 0, refused: [] });
    expect(imp.batches).toEqual([['bad.json'], ['bad.json']]);
  });

  it('does not import again a file a sync tool touched without changing it', async () => {
    const dir = tempDataDir('naskah-folder-');
    const memory = newPollMemory();
    const imp = importer();
    write(dir, 'a.json', '{"ok":true}', T0);
    await pollFolder(memory, dir, imp.run, opts(T0 + 10_000));
    write(dir, 'a.json', '{"ok":true}', T0 + 10_000);
    expect(await pollFolder(memory, dir, imp.run, opts(T0 + 20_000))).toEqual({ added: 0, duplicates: 0, waiting: 0, refused: [] });
    expect(imp.batches).toEqual([['a.json']]);
  });

  it('after a restart (memory lost), finds every file already there', async () => {
    const dir = tempDataDir('naskah-folder-');
    const imp = importer();
    write(dir, 'a.json', '{"ok":true}', T0);
    await pollFolder(newPollMemory(), dir, imp.run, opts(T0 + 10_000));
    expect(await pollFolder(newPollMemory(), dir, imp.run, opts(T0 + 20_000))).toEqual({ added: 0, duplicates: 1, waiting: 0, refused: [] });
  });
});
