/** Key/value settings; values are JSON so each setting keeps its type. */
import type { Db } from './database.ts';

export function readSettings(db: Db): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const row of db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[]) {
    try {
      out[row.key] = JSON.parse(row.value);
    } catch {
      // A damaged value falls back to its default rather than breaking start-up.
    }
  }
  return out;
}

export function writeSettings(db: Db, values: Record<string, unknown>): void {
  const put = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  db.transaction(() => {
    for (const [k, v] of Object.entries(values)) if (v !== undefined) put.run(k, JSON.stringify(v));
  })();
}
