/** The context menu of a misspelled word: corrections, ignore once, add to the personal dictionary. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Spelling } from './use-spelling.ts';

export function SpellMenu({ spelling }: { spelling: Spelling }) {
  const { t } = useTranslation('editor');
  const { menu, closeMenu } = spelling;
  const box = useRef<HTMLDivElement>(null);
  // Keyboard users (F7) land on the first correction; arrows and Tab move, Escape closes.
  useEffect(() => {
    box.current?.querySelector('button')?.focus();
  }, [menu?.suggestions, menu?.blockId, menu?.start]);
  useEffect(() => {
    if (!menu) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && closeMenu(true);
    const onDown = (e: MouseEvent) => !(e.target as Element | null)?.closest('[data-testid="spell-menu"]') && closeMenu(false);
    window.addEventListener('keydown', onKey);
    window.addEventListener('mousedown', onDown);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('mousedown', onDown);
    };
  }, [menu, closeMenu]);
  if (!menu) return null;
  return (
    <div ref={box} role="menu" data-testid="spell-menu" className="spell-menu" aria-label={t('spelling.menu', { word: menu.word })} style={{ position: 'fixed', left: menu.x, top: menu.y, zIndex: 50 }}>
      {menu.suggestions === null ? (
        <div className="spell-menu-note">{t('spelling.finding')}</div>
      ) : menu.suggestions.length === 0 ? (
        <div className="spell-menu-note">{t('spelling.none')}</div>
      ) : (
        menu.suggestions.map((s) => (
          <button key={s} type="button" role="menuitem" data-suggestion={s} onClick={() => spelling.replace(s)}>
            {s}
          </button>
        ))
      )}
      <hr />
      <button type="button" role="menuitem" data-action="ignore-once" onClick={spelling.ignoreOnce}>
        {t('spelling.ignoreOnce')}
      </button>
      <button type="button" role="menuitem" data-action="add-to-dictionary" onClick={spelling.addToDictionary}>
        {t('spelling.addToDictionary', { word: menu.word })}
      </button>
    </div>
  );
}
