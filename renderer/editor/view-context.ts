import { createContext } from 'react';
import { PageStore } from './page-store.ts';

/** Stable per-editor view data handed to every block without re-rendering them: the page store. */
export const EditorViewContext = createContext<{ pages: PageStore }>({ pages: new PageStore() });
