import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishAtomic } from '../../../electron/class-folder/publish.ts';
import { tempDataDir } from '../temp.ts';

describe('class folder: atomic publish', () => {
  it('writes the file whole and leaves no temporary file behind', () => {
    const dir = tempDataDir('naskah-folder-');
    const target = publishAtomic(dir, 'report-ana.naskahreport', '{"a":1}');
    expect(fs.readFileSync(target, 'utf8')).toBe('{"a":1}');
    expect(fs.readdirSync(dir)).toEqual(['report-ana.naskahreport']);
  });

  it('replaces an older file of the same name in one step', () => {
    const dir = tempDataDir('naskah-folder-');
    publishAtomic(dir, 'r.json', 'old');
    publishAtomic(dir, 'r.json', 'new');
    expect(fs.readFileSync(path.join(dir, 'r.json'), 'utf8')).toBe('new');
    expect(fs.readdirSync(dir)).toEqual(['r.json']);
  });

  it('refuses a name that would leave the folder or hide itself', () => {
    const dir = tempDataDir('naskah-folder-');
    expect(() => publishAtomic(dir, '../r.json', 'x')).toThrow();
    expect(() => publishAtomic(dir, '.r.json', 'x')).toThrow();
  });

  it('leaves nothing behind when the folder is gone', () => {
    const dir = tempDataDir('naskah-folder-');
    fs.rmSync(dir, { recursive: true });
    expect(() => publishAtomic(dir, 'r.json', 'x')).toThrow();
    expect(fs.existsSync(dir)).toBe(false);
  });
});
