/**
 * A mentor's score card in words, for `naskah report verify` and the certificate page alike: the
 * total, the verdict and whether the mentor's signature verifies, then each criterion's score under
 * the pack's label for it, in the language asked.
 */
import type { LabelledReview } from '../../shared/course/labelled-review.ts';
import { pickText } from '../../shared/i18n/pick-text.ts';
import { translate, type Params } from '../i18n.ts';

const t = (key: string, params: Params, language: string) => translate('certificate', key, params, language);

/** The figures every line of a card shows, the mentor named as the pack lists them. */
export function reviewParams(r: LabelledReview, language: string): Params {
  return {
    exercise: pickText(r.title, language),
    mentor: r.mentor ?? t('unknownMentor', {}, language),
    total: r.total,
    max: r.maxTotal,
    verdict: t(`verdict.${r.verdict ?? 'none'}`, {}, language),
    status: t(`status.${r.status}`, {}, language),
  };
}

/** "Structure 4/5 · Dialogue not scored (of 3)". */
export function criteriaLine(r: LabelledReview, language: string): string {
  return r.criteria
    .map((c) => {
      const criterion = c.label ? pickText(c.label, language) : t('unknownCriterion', { id: c.id }, language);
      return c.score === null ? t('criterionUnscored', { criterion, max: c.max }, language) : t('criterion', { criterion, score: c.score, max: c.max }, language);
    })
    .join(' · ');
}
