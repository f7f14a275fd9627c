/**
 * Whether the index cards cover the page, and the two commands that open them (View ▸ Index
 * cards; Script ▸ Add structure…, which opens them with the structure picker focused).
 */
import { useState } from 'react';
import { useCommandArea } from '../commands/use-commands.ts';

export interface IndexCardsState {
  open: boolean;
  /** Opened for a structure: the picker takes the focus. */
  pickStructure: boolean;
  close(): void;
}

export function useIndexCards(): IndexCardsState {
  const [state, setState] = useState({ open: false, pickStructure: false });
  useCommandArea('cards', {
    'view.indexCards': () => setState((s) => ({ open: !s.open, pickStructure: false })),
    'script.structure': () => setState({ open: true, pickStructure: true }),
  });
  return { ...state, close: () => setState({ open: false, pickStructure: false }) };
}
