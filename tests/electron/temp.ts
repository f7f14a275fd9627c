import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh data directory for a test: a real folder with a real SQLite file in it. */
export function tempDataDir(prefix = 'naskah-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
