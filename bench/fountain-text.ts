/**
 * The Fountain text the benchmarks use: BENCH_FOUNTAIN=path (e.g. a copy of Big Fish you have),
 * else a generated feature of about Big Fish's size (146 KB), so runs are comparable with the
 * peer figures in ../shared/corpora/README.md. Nothing third-party is copied into the repository.
 */
import fs from 'node:fs';
import { writeFountain } from '../shared/screenplay/fountain/write.ts';
import { generateFeature } from './generate.ts';

export const TARGET_CHARS = 146_000;

export function benchFountain(): { label: string; text: string } {
  const file = process.env.BENCH_FOUNTAIN;
  if (file) return { label: file, text: fs.readFileSync(file, 'utf8') };
  let scenes = 190;
  let text = writeFountain(generateFeature(scenes));
  // Grow until the size matches: generated scenes are shorter than a real film's.
  while (text.length < TARGET_CHARS) text = writeFountain(generateFeature((scenes = Math.ceil((scenes * TARGET_CHARS) / text.length))));
  return { label: `generated (${scenes} scenes)`, text };
}

/** Five copies back to back: a linear parser takes 5× as long, a quadratic one 25×. */
export function times(text: string, n: number): string {
  return Array.from({ length: n }, () => text).join('\n\n');
}
