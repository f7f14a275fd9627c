/** Class-folder test files dated a minute back: files a sync tool finished copying a while ago, which the first poll takes. */
import fs from 'node:fs';
import path from 'node:path';

export function aged(dir: string): void {
  const past = new Date(Date.now() - 60_000);
  for (const name of fs.readdirSync(dir)) fs.utimesSync(path.join(dir, name), past, past);
}
