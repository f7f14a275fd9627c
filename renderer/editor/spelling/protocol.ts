/** Messages between the editor and its spelling worker (spell-worker.ts). */
import type { ElementType } from '../../../shared/screenplay/model.ts';
import type { SpellLanguage } from '../../../shared/screenplay/spelling/speller.ts';

/** Where the worker fetches each language's Hunspell files: static assets of the app's own origin. */
export type DictionaryUrls = Record<SpellLanguage, { aff: string; dic: string }>;

export interface CheckedBlock {
  /** The block's id and the text the ranges were found in (a result for older text is dropped). */
  id: string;
  text: string;
  ranges: Array<[number, number]>;
}

export type ToWorker =
  | { kind: 'init'; urls: DictionaryUrls; fallback: SpellLanguage }
  /** The whole script's text, when it changed since the last one: the vocabulary and language come from it. */
  | { kind: 'script'; version: number; elements: Array<{ type: ElementType; text: string }>; titleLanguage?: string }
  | { kind: 'check'; request: number; blocks: Array<{ id: string; type: ElementType; text: string }>; personal: string[] }
  | { kind: 'suggest'; request: number; word: string };

export type FromWorker =
  | { kind: 'checked'; request: number; language: SpellLanguage; blocks: CheckedBlock[] }
  | { kind: 'suggested'; request: number; words: string[] }
  | { kind: 'failed'; request: number; message: string };
