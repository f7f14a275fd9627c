import type { Migration } from '../migrate.ts';

/**
 * One word for a mentor's comment: the API, the feedback file and the trainee's tables call it a
 * comment, the mentor's tables of 0030 called it a note. They are renamed, their rows untouched:
 * review_notes → review_comments, review_note_replies → review_comment_replies and its note_id →
 * comment_id. SQLite's RENAME rewrites the foreign key that ties a reply to its comment, so
 * deleting a comment (or its session) still removes its replies. A screenplay's Note element
 * ([[note]], type `note` in the model) is another thing and keeps its name.
 */
export const migration0060: Migration = {
  version: 60,
  name: 'review-comments',
  up: (db) => {
    db.exec(`
      ALTER TABLE review_notes RENAME TO review_comments;
      ALTER TABLE review_note_replies RENAME TO review_comment_replies;
      ALTER TABLE review_comment_replies RENAME COLUMN note_id TO comment_id;
    `);
  },
};
