/** Shared pieces of the conformance run: a suite's result, and sequence agreement by LCS. */

export interface SuiteResult {
  name: string;
  /** e.g. "files match" or "checks". */
  unit: string;
  passed: number;
  total: number;
  /** Checks we do not count: a feature dropped by design, or an input missing from the snapshot. */
  notApplicable: number;
  /** Extra figure, e.g. "elements 212/230". */
  detail?: string;
  mismatches: string[];
}

/** Collapses white space the way the corpora compare text (screenplain's README says the same). */
export function squash(s: string): string {
  return s.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Length of the longest common subsequence: elements that agree, whatever was inserted or lost around them. */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) row[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]);
    prev = row;
  }
  return prev[b.length];
}

/** The first place two element lists differ, as one readable line (or undefined when equal). */
export function firstDifference(file: string, expected: readonly string[], actual: readonly string[]): string | undefined {
  const n = Math.max(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    if (expected[i] !== actual[i]) {
      const show = (s: string | undefined) => (s === undefined ? '(nothing)' : JSON.stringify(s.length > 90 ? s.slice(0, 87) + '…' : s));
      return `${file} #${i}: expected ${show(expected[i])}, got ${show(actual[i])}`;
    }
  }
  return undefined;
}

/** Adds a file's comparison to a suite result (file-level pass, element-level LCS figure). */
export function tallyFile(result: SuiteResult & { elementsOk: number; elementsTotal: number }, file: string, expected: string[], actual: string[]): void {
  result.total++;
  result.elementsOk += lcsLength(expected, actual);
  result.elementsTotal += Math.max(expected.length, actual.length);
  const diff = firstDifference(file, expected, actual);
  if (diff) result.mismatches.push(diff);
  else result.passed++;
}
