import { createContext, type CSSProperties } from 'react';
import type { ElementType } from '../../shared/screenplay/model.ts';
import { PageStore } from './page-store.ts';

/** Stable per-editor view data handed to every block without re-rendering them: the page store and each type's geometry (page-css.ts). */
export const EditorViewContext = createContext<{ pages: PageStore; styles: Record<ElementType, CSSProperties> }>({
  pages: new PageStore(),
  styles: {} as Record<ElementType, CSSProperties>,
});
