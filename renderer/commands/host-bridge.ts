/**
 * The registry ↔ desktop host link: menu clicks arrive as "menu" events and run the same command
 * the palette or a toolbar button would; the registry's state goes out so the host can rebuild the
 * menu (enabled, checked, recent), set the title and the macOS "edited" dot. The page's own title
 * follows too, which is what browser mode shows in its tab.
 */
import { menuCommandSchema, type HostState } from '../../shared/commands/app-state.ts';
import { isCommandId } from '../../shared/commands/command-list.ts';
import { windowTitle } from '../../shared/commands/window-title.ts';
import { notifyHost, onHostEvent } from '../api.ts';
import { uiLanguage } from '../i18n/index.ts';
import { PLATFORM } from './key-map.ts';
import type { CommandRegistry } from './registry.ts';

export function connectHost(registry: CommandRegistry): () => void {
  const offMenu = onHostEvent('menu', (payload) => {
    const parsed = menuCommandSchema.safeParse(payload);
    if (parsed.success && isCommandId(parsed.data.command)) registry.run(parsed.data.command, parsed.data.arg);
  });
  let last = '';
  const publish = () => {
    const host: HostState = { language: uiLanguage(), state: registry.state, script: registry.title.script, saveState: registry.title.saveState };
    const json = JSON.stringify(host);
    if (json === last) return;
    last = json;
    document.title = windowTitle(host.script, host.saveState, PLATFORM).title;
    notifyHost('host-state', host);
  };
  publish();
  const offState = registry.subscribe(publish);
  return () => {
    offMenu();
    offState();
  };
}
