import { describe, expect, it } from 'vitest';
import { compareSemver, isSemver } from '../../../shared/course/semver.ts';

describe('semver', () => {
  it('recognises versions', () => {
    for (const v of ['0.1.0', '1.0.0-beta.2', '10.20.30+build.5']) expect(isSemver(v), v).toBe(true);
    for (const v of ['1.0', '01.0.0', 'v1.0.0', '1.0.0-', '1.0.0-01']) expect(isSemver(v), v).toBe(false);
  });

  it('orders by precedence (semver.org §11)', () => {
    const ordered = ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0', '1.0.1', '1.10.0', '2.0.0'];
    for (let i = 0; i < ordered.length; i++)
      for (let j = 0; j < ordered.length; j++) expect(Math.sign(compareSemver(ordered[i], ordered[j])), `${ordered[i]} vs ${ordered[j]}`).toBe(Math.sign(i - j));
    expect(compareSemver('1.0.0+a', '1.0.0+b')).toBe(0);
  });
});
