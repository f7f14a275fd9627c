/** What a CLI command needs from the outside world; tests pass their own. */
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

/** Atomic writes (temp file in the same folder, flushed, then renamed): never half a file. */
export { writeFileAtomic } from '../class-folder/publish.ts';
