/** Writes an export to -o OUT (atomically) or, for text formats, to stdout. */
import path from 'node:path';
import type { FilePayload } from '../../shared/api/library.ts';
import { AppError } from '../../shared/errors.ts';
import { writeFileAtomic, type CliIo } from './io.ts';
import type { OptionValues } from './spec.ts';

export function emit(file: FilePayload, out: string | undefined, io: CliIo): void {
  const bytes = file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : file.content;
  if (out) {
    try {
      writeFileAtomic(out, bytes);
    } catch (err) {
      throw new AppError('cli.unwritable', { file: out, reason: (err as NodeJS.ErrnoException).code ?? String(err) });
    }
  } else io.stdout(bytes);
}

export const FORMATS = ['fountain', 'fdx', 'json', 'pdf'] as const;

export function formatFlag(value: string): (typeof FORMATS)[number] {
  if (!(FORMATS as readonly string[]).includes(value)) throw new AppError('cli.bad_format', { value, allowed: FORMATS.join('|') });
  return value as (typeof FORMATS)[number];
}

/**
 * PDF choices from --no-title-page, --scene-numbers and --no-auto-contd / --auto-contd. Unset flags
 * stay undefined so the export's defaults apply (title page when the script has one, no scene
 * numbers, automatic CONT'D as the script from Final Draft says, else on).
 */
export function pdfFlags(flags: OptionValues): { titlePage?: boolean; sceneNumbers?: boolean; automaticContd?: boolean; revisedOnly?: boolean } {
  return {
    ...(flags['no-title-page'] ? { titlePage: false } : {}),
    ...(flags['scene-numbers'] ? { sceneNumbers: true } : {}),
    ...(flags['no-auto-contd'] ? { automaticContd: false } : flags['auto-contd'] ? { automaticContd: true } : {}),
    ...(flags['revised-only'] ? { revisedOnly: true } : {}),
  };
}

export function paperFlag(value: string | undefined, fallback: 'letter' | 'a4'): 'letter' | 'a4' {
  if (value === undefined) return fallback;
  if (value !== 'letter' && value !== 'a4') throw new AppError('cli.bad_paper', { value });
  return value;
}

/** `-o OUT` / `--out OUT` as an absolute path (relative to the command's folder), or undefined for stdout. */
export function outPath(flags: { out?: string }, io: CliIo): string | undefined {
  return flags.out ? path.resolve(io.cwd, flags.out) : undefined;
}
