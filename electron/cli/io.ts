/** What a CLI command needs from the outside world; tests pass their own. */
import fs from 'node:fs';
import path from 'node:path';

export interface CliIo {
  stdout: (text: string | Uint8Array) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export const processIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
  cwd: process.cwd(),
};

/** Writes a file atomically (temp file in the same folder, then rename): never half a file. */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}

/** Minimal flag parser: positional arguments plus --flag value / --flag / -o value. */
export function parseArgs(argv: string[], valued: readonly string[]): { positional: string[]; flags: Record<string, string | true> } {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    // After "--" everything is positional: an id made before ids avoided a leading "-" still works.
    if (a === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('-') && a !== '-') {
      const name = a.replace(/^--?/, '');
      const [key, inline] = name.split('=', 2);
      if (inline !== undefined) flags[key] = inline;
      else if (valued.includes(key)) {
        if (i + 1 >= argv.length) throw new UsageError(`missing value for ${a}`);
        flags[key] = argv[++i];
      } else flags[key] = true;
    } else positional.push(a);
  }
  return { positional, flags };
}

export class UsageError extends Error {}
