/**
 * Numbered migrations, one file each, applied in the order of this list; each runs in its own
 * transaction that ends by setting PRAGMA user_version to its number (../migrate.ts).
 *
 * The rules:
 * - **Numbers go in tens**: `0010-library.ts` is version 10, the next migration is 0040, then 0050 …
 *   The file's four digits are its `version`, its export is `migration` + those digits, and it is
 *   added at the end of this list (tests/electron/store/migrations/numbering.test.ts checks all
 *   three).
 * - **Hot-fixes use the room between**: a fix that must ship on a released line whose last
 *   migration is 0030, while main already has 0040 that is not released yet, is 0031 (then 0032 …)
 *   on both; it goes into main's list between 0030 and 0040. Never number a migration below one a
 *   released build has run: such a library would never get it.
 * - **Never edit a shipped migration's effect**; a fix is a new migration. Renaming one, as the
 *   tens numbering did, changes no schema.
 * - **Work that lands in parallel** takes the number its task gives it (0040, 0050 …); the lead
 *   renumbers at merge: rename the file, set `version`, rename the export, add it here, in order.
 *   Unreleased numbers may move; released ones never.
 * - **Databases from before the tens** store user_version 1–9: migration N of that first numbering
 *   is N × 10 here (1 → 0010 library, 2 → 0020 course, 3 → 0030 review; work numbered 004, 005 and
 *   006 before the tens lands as 0040, 0050 and 0060), so `schemaVersion()` reads a stored 3 as 30
 *   and such a library is migrated from there. The stored value is rewritten only when a newer
 *   migration runs.
 * - A library at a version this list does not have (newer than its last, or a hot-fix it lacks)
 *   was written by a newer Naskah: it is refused untouched (`store.newer_database`).
 */
import type { Migration } from '../migrate.ts';
import { migration0010 } from './0010-library.ts';
import { migration0020 } from './0020-course.ts';
import { migration0030 } from './0030-review.ts';
import { migration0040 } from './0040-trust.ts';
import { migration0050 } from './0050-writing-sessions.ts';
import { migration0060 } from './0060-review-comments.ts';
import { migration0070 } from './0070-course-media.ts';
import { migration0080 } from './0080-review-dismissed.ts';

export const migrations: readonly Migration[] = [migration0010, migration0020, migration0030, migration0040, migration0050, migration0060, migration0070, migration0080];
