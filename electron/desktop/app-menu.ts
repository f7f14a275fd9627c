/**
 * The glue between the pure menu template and Electron, without Electron: the platform name,
 * the check of what the page reports (its state for the menu and title bar), and the template with
 * a click on each command item. main.ts hands the result to Menu.buildFromTemplate.
 */
import type { Platform } from '../../shared/commands/accelerator.ts';
import { hostStateSchema, type HostState } from '../../shared/commands/app-state.ts';
import type { CommandId } from '../../shared/commands/command-list.ts';
import type { MenuItemTemplate } from '../../shared/commands/menu-template.ts';
import { isTrustedSender, type SenderLike } from '../security/trusted-sender.ts';

export function platformOf(p: string): Platform {
  return p === 'darwin' || p === 'win32' ? p : 'linux';
}

/** The page's state when it comes from the app's own page and has exactly the expected shape; else null. */
export function readHostState(event: SenderLike, payload: unknown, appOrigin: URL): HostState | null {
  if (!isTrustedSender(event, appOrigin)) return null;
  const parsed = hostStateSchema.safeParse(payload);
  return parsed.success ? parsed.data : null;
}

export type ClickableItem = Omit<MenuItemTemplate, 'command' | 'arg' | 'submenu'> & { click?: () => void; submenu?: ClickableItem[] };

/** The template with `command`/`arg` turned into clicks that hand them to `run`. */
export function withClicks(template: readonly MenuItemTemplate[], run: (command: CommandId, arg?: string) => void): ClickableItem[] {
  return template.map(({ command, arg, submenu, ...item }) => ({
    ...item,
    ...(command ? { click: () => run(command, arg) } : {}),
    ...(submenu ? { submenu: withClicks(submenu, run) } : {}),
  }));
}

/** Commands whose handler opens a file chooser, which Chromium allows only after a user gesture. */
export function needsUserGesture(command: CommandId): boolean {
  return command === 'file.open';
}
