/** React glue for the registry: register an area's handlers while mounted, and read the registry's state. */
import { useEffect, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import type { CommandId } from '../../shared/commands/command-list.ts';
import { COMMAND_AREAS, type AreaCommand, type CommandArea } from './areas.ts';
import { commands, type CommandHandler } from './registry.ts';

/**
 * Registers every command of `area` once per mount; the handlers may be new functions on each
 * render (they close over fresh state) without re-registering: the newest ones are called.
 */
export function useCommandArea<A extends CommandArea>(area: A, handlers: Record<AreaCommand<A>, CommandHandler>): void {
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const ids = COMMAND_AREAS[area] as readonly AreaCommand<A>[];
    const offs = ids.map((id) => commands.register(id, (arg) => latest.current[id](arg)));
    return () => offs.forEach((off) => off());
  }, [area]);
}

/** Re-renders when the registry's state or handlers change; returns whether `id` can run now. */
export function useCommandEnabled(id: CommandId): boolean {
  return useSyncExternalStore(
    (cb) => commands.subscribe(cb),
    () => commands.isEnabled(id),
  );
}

export function useAppState() {
  return useSyncExternalStore(
    (cb) => commands.subscribe(cb),
    () => commands.state,
  );
}
