/**
 * Streamed uploads (electron/course/uploads.ts): the body lands in uploads/ under a random id, a
 * body over the limit or cut off leaves nothing, an id names only an upload that exists (never a
 * path), and uploads older than a day are swept.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { existingUpload, receiveUpload, removeUpload, uploadFile } from '../../../electron/course/uploads.ts';
import { tempDataDir } from '../temp.ts';

async function* chunks(...parts: (string | Error)[]): AsyncIterable<Uint8Array> {
  for (const p of parts) {
    if (p instanceof Error) throw p;
    yield Buffer.from(p);
  }
}

const files = (dir: string) => fs.readdirSync(path.join(dir, 'uploads'));

describe('streamed uploads', () => {
  it('writes the body under a new id and finds it by that id only', async () => {
    const dir = tempDataDir();
    const got = await receiveUpload(dir, chunks('PK', '\u0003\u0004', 'rest'), 100);
    expect('upload' in got && got.size).toBe(8);
    if (!('upload' in got)) return;
    expect(got.upload).toMatch(/^[0-9a-f]{32}$/);
    expect(fs.readFileSync(existingUpload(dir, got.upload, 8), 'latin1')).toBe('PK\u0003\u0004rest');
    expect(() => existingUpload(dir, got.upload, 9)).toThrow('media.upload_failed');
    expect(() => uploadFile(dir, '../../naskah.db')).toThrow('media.unknown_upload');
    removeUpload(dir, got.upload);
    expect(() => existingUpload(dir, got.upload)).toThrow('media.unknown_upload');
  });

  it('keeps nothing of a body over the limit or cut off', async () => {
    const dir = tempDataDir();
    expect(await receiveUpload(dir, chunks('12345', '67890'), 8)).toEqual({ problem: 'too_large' });
    expect(await receiveUpload(dir, chunks('12345', new Error('socket hang up')), 100)).toEqual({ problem: 'aborted' });
    expect(files(dir)).toEqual([]);
  });

  it('sweeps uploads older than a day when the next one arrives', async () => {
    const dir = tempDataDir();
    const old = await receiveUpload(dir, chunks('old'), 100);
    const later = Date.now() + 25 * 3_600_000;
    const fresh = await receiveUpload(dir, chunks('new'), 100, later);
    expect('upload' in old && 'upload' in fresh).toBe(true);
    expect(files(dir)).toEqual(['upload' in fresh ? `${fresh.upload}.naskahpack` : '']);
  });
});
