import type { Migration } from '../migrate.ts';

/**
 * Signatures (issue 11): who signed what was imported.
 * - feedback_imports.signer_key: the mentor key that signed the feedback file first imported under
 *   this feedback id. A later file with the same id replaces its comments and verdict only when the
 *   same key signed it. NULL for feedback imported before files were signed.
 * - class_reports.signer_key: the trainee installation key that signed a progress report (NULL for
 *   an unsigned, older report). The class table pins each trainee's row to the first key seen and
 *   flags reports from any other key claiming the same name.
 */
export const migration0040: Migration = {
  version: 40,
  name: 'trust',
  up: (db) => {
    db.exec(`
      ALTER TABLE feedback_imports ADD COLUMN signer_key TEXT;
      ALTER TABLE class_reports ADD COLUMN signer_key TEXT;
      CREATE INDEX class_reports_by_signer ON class_reports(pack_id, signer_key);
    `);
  },
};
