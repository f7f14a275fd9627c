import { describe, expect, it } from 'vitest';
import { quizSchema } from '../../../../shared/course/manifest-schema.ts';
import { attemptLayout, generator, seedOf, shuffled } from '../../../../shared/course/quiz/shuffle.ts';
import { quizJson } from './quiz-fixture.ts';

const quiz = (edit: (q: Record<string, any>) => void = () => {}) => {
  const q = quizJson();
  edit(q);
  return quizSchema.parse(q);
};

describe('shuffled', () => {
  it('is a permutation, the same for the same seed', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const a = shuffled(items, generator(seedOf('x')));
    expect([...a].sort((x, y) => x - y)).toEqual(items);
    expect(shuffled(items, generator(seedOf('x')))).toEqual(a);
    expect(shuffled(items, generator(seedOf('y')))).not.toEqual(a);
  });
});

describe('attemptLayout', () => {
  it('is the same on reload and differs between attempts', () => {
    const q = quiz();
    expect(attemptLayout(q, 'pack/quiz', 1)).toEqual(attemptLayout(q, 'pack/quiz', 1));
    const layouts = [1, 2, 3, 4, 5].map((n) => JSON.stringify(attemptLayout(q, 'pack/quiz', n)));
    expect(new Set(layouts).size).toBeGreaterThan(1);
  });

  it.each([
    ['nothing shuffled', { questions: false, options: false }, false, false],
    ['questions only', { questions: true, options: false }, true, false],
    ['options only', { questions: false, options: true }, false, true],
  ])('%s', (_name, shuffle, questionsMove, optionsMove) => {
    const q = quiz((j) => (j.shuffle = shuffle));
    const layouts = Array.from({ length: 12 }, (_, n) => attemptLayout(q, 'k', n + 1));
    const ids = q.questions.map((x) => x.id);
    expect(layouts.some((l) => l.questions.join() !== ids.join())).toBe(questionsMove);
    expect(layouts.some((l) => l.options['q-single'].join() !== 'heading,action,cue')).toBe(optionsMove);
    for (const l of layouts) expect([...l.questions].sort()).toEqual([...ids].sort());
  });

  it('never shows an ordering question in its correct order', () => {
    const q = quiz((j) => (j.shuffle = { questions: false, options: false }));
    for (let n = 1; n <= 50; n++) expect(attemptLayout(q, 'k', n).options['q-order']).not.toEqual(['fade-in', 'heading', 'fade-out']);
  });
});
