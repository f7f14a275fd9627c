/**
 * Numbered migrations, one file each. Migration N moves the database from user_version N-1 to N.
 * Append only: a shipped migration is never edited, a fix is a new migration.
 */
import type { Migration } from '../migrate.ts';
import { migration001 } from './001-library.ts';
import { migration002 } from './002-course.ts';
import { migration003 } from './003-review.ts';
import { migration004 } from './004-trust.ts';
import { migration005 } from './005-writing-sessions.ts';

export const migrations: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005];
