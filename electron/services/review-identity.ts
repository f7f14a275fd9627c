/**
 * The names written into review files: the trainee's (bundle meta) and the reviewer's (feedback).
 * The app's settings contract has no such fields, so they live in the settings table under keys
 * of their own, read and written through the settings store.
 */
import { readSettings, writeSettings } from '../store/settings.ts';
import type { Db } from '../store/database.ts';

const TRAINEE_KEY = 'review.traineeName';
const REVIEWER_KEY = 'review.reviewerName';

export interface Identity {
  traineeName: string;
  reviewerName: string;
}

export function readIdentity(db: Db): Identity {
  const all = readSettings(db);
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  return { traineeName: str(all[TRAINEE_KEY]), reviewerName: str(all[REVIEWER_KEY]) };
}

export function writeIdentity(db: Db, values: Partial<Identity>): Identity {
  writeSettings(db, { [TRAINEE_KEY]: values.traineeName, [REVIEWER_KEY]: values.reviewerName });
  return readIdentity(db);
}
