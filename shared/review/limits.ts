/**
 * Bounds on everything a review file may carry. Review files travel by USB stick and chat, so they
 * are untrusted input: every list and string has a ceiling far above real use.
 */
export const REVIEW_LIMITS = {
  /** A comment's body, a reply, a rubric remark. */
  bodyChars: 20_000,
  /** Quoted text kept in an anchor (longer selections keep their start and end only). */
  quoteChars: 10_000,
  /** Context kept on each side of a quote, and the most read back from a file. */
  contextChars: 32,
  contextCharsMax: 200,
  commentsPerFeedback: 5_000,
  repliesPerComment: 500,
  rubricCriteria: 100,
  nameChars: 200,
  /** A .naskahfeedback file is JSON text; this is its largest accepted size in bytes. */
  feedbackBytes: 10 * 1024 * 1024,
} as const;
