/**
 * Where the library lives: NASKAH_DATA_DIR when set, else the same folder Electron uses as
 * userData for an app named "Naskah", so the desktop app, browser mode and the CLI share it.
 */
import os from 'node:os';
import path from 'node:path';

export function defaultDataDir(platform = process.platform, env = process.env, home = os.homedir()): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Naskah');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Naskah');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Naskah');
}

/**
 * NASKAH_DATA_DIR wins (tests, portable use); otherwise the host's own default. The environment is
 * a parameter so the CLI passes its own (`CliIo.env`) and tests run it in process; the directory
 * is then handed on explicitly, never through process.env.
 */
export function resolveDataDir(env: NodeJS.ProcessEnv, fallback: string): string {
  return path.resolve(env.NASKAH_DATA_DIR || fallback);
}
