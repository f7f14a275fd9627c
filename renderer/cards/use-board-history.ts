/**
 * While the index cards cover the page they take over Undo and Redo from the page's command area
 * (the registry runs the newest registration of an id), so the toolbar, the menu and the palette
 * undo the board's change without putting the caret into the hidden page, as Ctrl/Cmd+Z on a card
 * already does. On unmount the page's handlers are current again.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { commands } from '../commands/registry.ts';

export type HistoryCommand = 'edit.undo' | 'edit.redo';

export function useBoardHistory(run: (command: HistoryCommand) => void): void {
  const latest = useRef(run);
  useLayoutEffect(() => {
    latest.current = run;
  });
  useEffect(() => {
    const offs = (['edit.undo', 'edit.redo'] as const).map((id) => commands.register(id, () => latest.current(id)));
    return () => offs.forEach((off) => off());
  }, []);
}
