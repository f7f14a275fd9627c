/** Order statistics for benchmark samples (nearest rank; enough for figures, not for tests). */

export function pct(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

export function median(values: number[]): number {
  return pct(values, 50);
}
