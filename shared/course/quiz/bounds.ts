/** Bounds on a quiz (characters and counts): generous for real courses, small for abuse. */
export const QUIZ_BOUNDS = {
  prompt: 5_000,
  option: 1_000,
  feedback: 2_000,
  accepted: 500,
  acceptedAnswers: 50,
  options: 30,
  questions: 200,
  points: 100,
  attempts: 100,
} as const;

