import { describe, expect, it } from 'vitest';
import { quizSchema } from '../../../shared/course/manifest-schema.ts';
import { attemptLayout } from '../../../shared/course/quiz/shuffle.ts';
import { initialAnswers, moved, toggled } from '../../../renderer/course/quiz-answers.ts';
import { quizJson } from '../../shared/course/quiz/quiz-fixture.ts';

describe('quiz answers form', () => {
  it('starts an ordering question in the order shown, and nothing else answered', () => {
    const quiz = quizSchema.parse(quizJson());
    const layout = attemptLayout(quiz, 'k', 1);
    expect(initialAnswers(quiz.questions, layout)).toEqual({ 'q-order': layout.options['q-order'] });
  });

  it.each<[string[], number, -1 | 1, string[]]>([
    [['a', 'b', 'c'], 1, -1, ['b', 'a', 'c']],
    [['a', 'b', 'c'], 1, 1, ['a', 'c', 'b']],
    [['a', 'b', 'c'], 0, -1, ['a', 'b', 'c']],
    [['a', 'b', 'c'], 2, 1, ['a', 'b', 'c']],
  ])('moves %j[%i] by %i → %j', (list, index, delta, expected) => expect(moved(list, index, delta)).toEqual(expected));

  it.each<[unknown, string, string[]]>([
    [undefined, 'a', ['a']],
    [['a'], 'b', ['a', 'b']],
    [['a', 'b'], 'a', ['b']],
    ['x', 'a', ['a']],
  ])('toggles %j with %s → %j', (current, id, expected) => expect(toggled(current as never, id)).toEqual(expected));
});
