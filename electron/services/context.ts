/** What every service receives: the open store and where the data directory is. Never Electron. */
import type { Db } from '../store/database.ts';
import type { Recovery } from '../store/recover.ts';

export interface ServiceContext {
  db: Db;
  dataDir: string;
  host: 'electron' | 'web' | 'cli';
  appVersion: string;
  /** OS locale (e.g. "id-ID"), used for defaults such as language and paper size. */
  locale: string;
  /** Set when start-up found the database damaged and restored a backup: the UI must say so. */
  recovery?: Recovery | null;
}
