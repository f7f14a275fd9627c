/** naskah convert IN --to fountain|fdx|json|pdf [-o OUT] [--paper letter|a4] [--no-title-page] [--scene-numbers] [--no-auto-contd|--auto-contd] */
import path from 'node:path';
import { exportScript } from '../services/export.ts';
import { parseArgs, UsageError, type CliIo } from './io.ts';
import { emit, formatFlag, paperFlag, pdfFlags } from './output.ts';
import { readScriptFile } from './read-input.ts';

export async function convertCommand(argv: string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseArgs(argv, ['to', 'o', 'out', 'paper']);
  if (positional.length !== 1) throw new UsageError('convert needs exactly one input file');
  const input = path.resolve(io.cwd, positional[0]);
  const format = formatFlag(flags.to);
  const script = await readScriptFile(input);
  const title = path.basename(input).replace(/\.[^.]+$/, '');
  const file = await exportScript(script, title, format, paperFlag(flags.paper, 'letter'), pdfFlags(flags));
  const out = (flags.o ?? flags.out) as string | undefined;
  emit(file, out && path.resolve(io.cwd, out), io);
  return 0;
}
