/**
 * Whether the scene list shows. It hides when the window turns narrow (200 % zoom of a laptop
 * screen), where it would leave the page a third of the width, and returns when it widens; the
 * toolbar's Scenes button shows or hides it in between.
 */
import { useEffect, useMemo, useState } from 'react';

const SCENES_MIN_WIDTH_PX = 900;

export function useSceneList(): [shown: boolean, setShown: (shown: boolean) => void] {
  const wide = useMemo(() => window.matchMedia(`(min-width: ${SCENES_MIN_WIDTH_PX}px)`), []);
  const [shown, setShown] = useState(wide.matches);
  useEffect(() => {
    const follow = (e: MediaQueryListEvent) => setShown(e.matches);
    wide.addEventListener('change', follow);
    return () => wide.removeEventListener('change', follow);
  }, [wide]);
  return [shown, setShown];
}
