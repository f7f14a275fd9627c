/**
 * Opens browser mode's link in the user's browser — only where there is one to open: an
 * interactive terminal (not a script or CI piping the output), a desktop session, an opener on
 * PATH. The link is always printed as well, so nothing depends on this succeeding.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface Opener {
  command: string;
  args: string[];
}

function onPath(command: string, env: NodeJS.ProcessEnv, platform: NodeJS.Platform): boolean {
  if (path.isAbsolute(command)) return fs.existsSync(command);
  const exts = platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  return (env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .some((dir) => exts.some((ext) => fs.existsSync(path.join(dir, command + ext))));
}

/** The command that would open `url`, or null when no browser should or can be opened. */
export function browserOpener(url: string, o: { platform: NodeJS.Platform; env: NodeJS.ProcessEnv; interactive: boolean; argv?: string[] }): Opener | null {
  const { env, platform } = o;
  const off = (v: string | undefined) => v !== undefined && v !== '' && v !== '0';
  if (o.argv?.includes('--no-browser') || off(env.NASKAH_NO_BROWSER) || off(env.CI) || !o.interactive) return null;
  // $BROWSER, as Python's webbrowser and xdg-utils read it: a program name, or "none".
  if (env.BROWSER) {
    const command = env.BROWSER.split(path.delimiter)[0].trim();
    return command && command !== 'none' && onPath(command, env, platform) ? { command, args: [url] } : null;
  }
  let opener: Opener;
  if (platform === 'darwin') opener = { command: 'open', args: [url] };
  // rundll32 takes the link as one plain argument: no cmd.exe, whose `start` would read & and % in it.
  else if (platform === 'win32') opener = { command: 'rundll32', args: ['url.dll,FileProtocolHandler', url] };
  else {
    if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null;
    opener = { command: 'xdg-open', args: [url] };
  }
  return onPath(opener.command, env, platform) ? opener : null;
}

/** Starts the opener detached; whether the browser then shows the page is the browser's business. */
export function openBrowser(opener: Opener): void {
  const child = spawn(opener.command, opener.args, { detached: true, stdio: 'ignore' });
  child.on('error', () => {});
  child.unref();
}
