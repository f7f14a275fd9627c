/**
 * Where the library lives when NASKAH_DATA_DIR is not set: the same folder Electron uses as
 * userData for an app named "Naskah", so the desktop app, browser mode and the CLI share it.
 */
import os from 'node:os';
import path from 'node:path';

export function defaultDataDir(platform = process.platform, env = process.env, home = os.homedir()): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Naskah');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Naskah');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Naskah');
}
