/** naskah convert IN --to fountain|fdx|json|pdf [-o OUT] [--paper letter|a4] [--no-title-page] [--scene-numbers] [--no-auto-contd|--auto-contd] [--revised-only] */
import path from 'node:path';
import { exportScript } from '../services/export.ts';
import type { CliIo } from './io.ts';
import { emit, formatFlag, outPath, paperFlag, pdfFlags } from './output.ts';
import { readScriptFile } from './read-input.ts';
import type { ArgsOf } from './commands.ts';

/** Arguments and options as declared in cli/commands.ts, already checked. */
export async function convertCommand({ positionals: [file], values: flags }: ArgsOf<'convert'>, io: CliIo): Promise<number> {
  const input = path.resolve(io.cwd, file);
  const format = formatFlag(flags.to);
  const script = await readScriptFile(input);
  const title = path.basename(input).replace(/\.[^.]+$/, '');
  const exported = await exportScript(script, title, format, paperFlag(flags.paper, 'letter'), pdfFlags(flags));
  emit(exported, outPath(flags, io), io);
  return 0;
}
