/**
 * Which files a launch's command line asks Naskah to open. The shapes differ per platform and
 * per launcher; what they share is that the executable comes first and files are positional:
 *
 * - Windows (Explorer, "Open with", NSIS's association): `Naskah.exe C:\Users\x\script.fountain`.
 * - Linux .deb (`Exec=/opt/Naskah/naskah %U`) and AppImage (`Exec=AppRun --no-sandbox %U`):
 *   file managers may pass `file://` URIs, percent-encoded.
 * - macOS hands files over as `open-file` events, not arguments; older systems add `-psn_0_1234`.
 * - A second instance's argv reaches the first one with switches Chromium/Electron added
 *   (`--allow-file-access-from-files`, `--original-process-start-time=…`); switches never name files.
 * - `--` ends switches: everything after it is a file, even a name that starts with "-".
 * - In development (`electron . file.fountain`, process.defaultApp) the app's own path follows the executable.
 *
 * Relative paths are resolved against the working directory of the launch that named them (for
 * a second instance, its own, which Electron passes with 'second-instance').
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface LaunchContext {
  platform: NodeJS.Platform;
  /** The working directory of the process whose argv this is. */
  cwd: string;
  /** Electron's process.defaultApp: running unpackaged as `electron <app path> …`. */
  defaultApp: boolean;
}

const URL_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]+:\/\//;
/** Windows-only Chromium switches in the old slash style, e.g. /prefetch:1 */
const WINDOWS_SLASH_SWITCH = /^\/[a-z-]+(:\d+)?$/i;

function isSwitch(arg: string, platform: NodeJS.Platform): boolean {
  return arg.startsWith('-') || (platform === 'win32' && WINDOWS_SLASH_SWITCH.test(arg));
}

/** A positional argument as an absolute path, or undefined when it names no local file (another URL scheme). */
function toPath(arg: string, ctx: LaunchContext): string | undefined {
  const paths = ctx.platform === 'win32' ? path.win32 : path.posix;
  if (URL_SCHEME.test(arg)) {
    if (!/^file:\/\//i.test(arg)) return undefined;
    try {
      return fileURLToPath(arg, { windows: ctx.platform === 'win32' });
    } catch {
      return undefined;
    }
  }
  return paths.resolve(ctx.cwd, arg);
}

export function pathsFromArgv(argv: readonly string[], ctx: LaunchContext): string[] {
  const out: string[] = [];
  let skipAppPath = ctx.defaultApp;
  let afterSeparator = false;
  for (const arg of argv.slice(1)) {
    if (arg === '') continue;
    if (!afterSeparator && arg === '--') {
      afterSeparator = true;
      continue;
    }
    if (!afterSeparator && isSwitch(arg, ctx.platform)) continue;
    if (skipAppPath) {
      skipAppPath = false;
      continue;
    }
    const file = toPath(arg, ctx);
    if (file && !out.includes(file)) out.push(file);
  }
  return out;
}
