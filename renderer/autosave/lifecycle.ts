/**
 * When the page may be going away, pending work is saved now rather than after the debounce:
 * the tab or window is hidden (switching away, minimising, closing — often the last event a
 * browser delivers), the page is being unloaded, or the desktop host asks before closing its
 * window (flush-on-close). Leaving with unsaved edits asks the browser to confirm while the save
 * runs. Targets are injected so the rules run in Node tests with plain EventTargets.
 */
export interface Flushable {
  flush(): Promise<unknown>;
  readonly hasUnsaved: boolean;
}

export interface LifecycleTargets {
  window: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  document: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> & { readonly visibilityState: string };
}

export function flushWhenLeaving(targets: LifecycleTargets, work: () => Flushable | null): () => void {
  const flush = () => void work()?.flush();
  const onVisibility = () => {
    if (targets.document.visibilityState === 'hidden') flush();
  };
  const beforeUnload = (e: Event) => {
    if (!work()?.hasUnsaved) return;
    flush();
    e.preventDefault();
  };
  targets.document.addEventListener('visibilitychange', onVisibility);
  targets.window.addEventListener('pagehide', flush);
  targets.window.addEventListener('beforeunload', beforeUnload);
  return () => {
    targets.document.removeEventListener('visibilitychange', onVisibility);
    targets.window.removeEventListener('pagehide', flush);
    targets.window.removeEventListener('beforeunload', beforeUnload);
  };
}
