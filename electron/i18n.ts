/**
 * Translation for the Node side (CLI messages and errors), from the same renderer/i18n JSON files
 * the UI uses. Language: NASKAH_LANG, else LC_ALL/LANG starting with "id", else English.
 */
import fs from 'node:fs';
import path from 'node:path';
import { errorKey, type AppErrorData } from '../shared/errors.ts';
import { REPO_ROOT } from './repo-root.ts';

type Tree = { [k: string]: string | Tree };
const cache = new Map<string, Tree>();

export function cliLanguage(env: NodeJS.ProcessEnv = process.env): 'en' | 'id' {
  const pick = env.NASKAH_LANG || env.LC_ALL || env.LANG || '';
  return pick.toLowerCase().startsWith('id') ? 'id' : 'en';
}

function namespace(lang: string, ns: string): Tree {
  const key = `${lang}/${ns}`;
  let tree = cache.get(key);
  if (!tree) {
    const file = path.join(REPO_ROOT, 'renderer', 'i18n', lang, `${ns}.json`);
    tree = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Tree) : {};
    cache.set(key, tree);
  }
  return tree;
}

function lookup(tree: Tree, dotted: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of dotted.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

export function translate(ns: string, key: string, params: Record<string, string | number> = {}, lang = cliLanguage()): string {
  const text = lookup(namespace(lang, ns), key) ?? lookup(namespace('en', ns), key) ?? `${ns}:${key}`;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, p: string) => String(params[p] ?? ''));
}

export function translateError(error: AppErrorData, lang = cliLanguage()): string {
  const { ns, key } = errorKey(error.code);
  const text = translate(ns, key, error.params, lang);
  return text === `${ns}:${key}` ? `${error.code} ${JSON.stringify(error.params)}` : text;
}
