/**
 * The renderer's command registry: the one place a command runs. Toolbar buttons, the Electron
 * menu (through the host's "menu" event), the palette and the key map all call `run(id)`; the
 * screens that can carry a command out register a handler while they are mounted. The newest
 * registration of an id wins, so a screen can take over a command from the app shell and give it
 * back when it goes. The registry also holds the AppState the enabled rules read.
 */
import { commandSpec, type CommandId } from '../../shared/commands/command-list.ts';
import { INITIAL_APP_STATE, PANELS, type AppState, type HostState } from '../../shared/commands/app-state.ts';

type Panel = (typeof PANELS)[number];

export type CommandHandler = (arg?: string) => unknown;

type Listener = () => void;

export interface TitleState {
  script: HostState['script'];
  saveState: HostState['saveState'];
}

export class CommandRegistry {
  private handlers = new Map<CommandId, CommandHandler[]>();
  private appState: AppState = INITIAL_APP_STATE;
  private titleState: TitleState = { script: null, saveState: 'saved' };
  private listeners = new Set<Listener>();
  private panelSources = new Map<string, readonly Panel[]>();

  register(id: CommandId, handler: CommandHandler): () => void {
    const stack = this.handlers.get(id) ?? [];
    stack.push(handler);
    this.handlers.set(id, stack);
    this.emit();
    return () => {
      const now = this.handlers.get(id) ?? [];
      const at = now.lastIndexOf(handler);
      if (at >= 0) now.splice(at, 1);
      this.emit();
    };
  }

  has(id: CommandId): boolean {
    return (this.handlers.get(id)?.length ?? 0) > 0;
  }

  /** Runs the command if its rule allows it now and someone can carry it out; true if it ran. */
  run(id: CommandId, arg?: string): boolean {
    const stack = this.handlers.get(id);
    const handler = stack?.[stack.length - 1];
    if (!handler || !this.isEnabled(id)) return false;
    void handler(arg);
    return true;
  }

  isEnabled(id: CommandId): boolean {
    return commandSpec(id).enabled(this.appState) && this.has(id);
  }

  get state(): AppState {
    return this.appState;
  }

  get title(): TitleState {
    return this.titleState;
  }

  setState(patch: Partial<AppState>): void {
    const next = { ...this.appState, ...patch };
    if (JSON.stringify(next) === JSON.stringify(this.appState)) return;
    this.appState = next;
    this.emit();
  }

  /** Each screen part says which of its panels are open (the editor its side panels, the script screen Snapshots). */
  setPanels(source: string, panels: readonly Panel[]): void {
    if (panels.length === 0) this.panelSources.delete(source);
    else this.panelSources.set(source, panels);
    const all = PANELS.filter((p) => [...this.panelSources.values()].some((list) => list.includes(p)));
    this.setState({ panels: all });
  }

  setTitle(patch: Partial<TitleState>): void {
    const next = { ...this.titleState, ...patch };
    if (next.script === this.titleState.script && next.saveState === this.titleState.saveState) return;
    this.titleState = next;
    this.emit();
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const l of [...this.listeners]) l();
  }
}

/** The app's registry (tests make their own). */
export const commands = new CommandRegistry();
