/** A pack from wherever it comes: a folder or a `.naskahpack` file on disk, or uploaded bytes. */
import fs from 'node:fs';
import { readFolderPack } from './read-folder-pack.ts';
import { readZipPack } from './read-zip-pack.ts';
import type { LoadedPack, ReadOptions } from './manifest-bytes.ts';
import { problem, type PackRead } from './pack-problems.ts';

export async function readPackAt(location: string, opts: ReadOptions = {}): Promise<PackRead<LoadedPack>> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(location);
  } catch (err) {
    return { ok: false, problems: [problem('pack.unreadable', { file: location, reason: (err as NodeJS.ErrnoException).code ?? String(err) })] };
  }
  return stat.isDirectory() ? readFolderPack(location, opts) : readZipPack({ file: location }, opts);
}

export function readPackBytes(bytes: Buffer, opts: ReadOptions = {}): Promise<PackRead<LoadedPack>> {
  return readZipPack({ bytes }, opts);
}
