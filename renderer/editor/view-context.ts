import { createContext, type CSSProperties } from 'react';
import type { ElementType } from '../../shared/screenplay/model.ts';
import { PageStore } from './page-store.ts';

/** Stable per-editor view data handed to every block without re-rendering them. */
export const EditorViewContext = createContext<{ pages: PageStore; styles: Record<ElementType, CSSProperties> }>({
  pages: new PageStore((n) => String(n)),
  styles: {} as Record<ElementType, CSSProperties>,
});
