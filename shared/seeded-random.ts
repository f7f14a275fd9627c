/**
 * A small seeded generator (mulberry32) of floats in [0, 1) from a 32-bit state: the same seed
 * gives the same sequence everywhere — a quiz attempt's order on the trainee's and the
 * instructor's copy, a crash test's kill schedule replayed from its printed seed. Not for secrets.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
