/**
 * Which format a script file is in, by its extension (ARCHITECTURE.md contract 1). Its own module,
 * without the readers and writers, so that a caller can pick one reader and load only that one
 * (read-lazily.ts): the Final Draft reader needs an XML parser, the JSON reader the model schema.
 */
export type TextFormat = 'fountain' | 'fdx' | 'json';

const BY_EXTENSION: Record<string, TextFormat> = {
  fountain: 'fountain',
  spmd: 'fountain',
  txt: 'fountain',
  fdx: 'fdx',
  json: 'json',
};

/** Screenplay PDFs are imported (electron/pdf-import), never written as text. */
export const isPdfFileName = (name: string): boolean => /\.pdf$/i.test(name);

export function formatFromFileName(name: string): TextFormat | undefined {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  return ext ? BY_EXTENSION[ext] : undefined;
}
