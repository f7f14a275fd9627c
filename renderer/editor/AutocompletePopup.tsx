/** The suggestion list under the caret's block. Keyboard handling lives in ScriptEditor. */
import { useTranslation } from 'react-i18next';
import type { Suggestion } from './autocomplete.ts';

export function AutocompletePopup({ suggestions, chosen, onPick }: { suggestions: Suggestion[]; chosen: number; onPick(s: Suggestion): void }) {
  const { t } = useTranslation('editor');
  const sel = window.getSelection();
  const rect = sel && sel.rangeCount ? sel.getRangeAt(0).getBoundingClientRect() : null;
  const style = rect ? { position: 'fixed' as const, left: rect.left, top: rect.bottom + 4 } : undefined;
  return (
    <ul className="autocomplete" role="listbox" aria-label={t('suggestions')} style={style} data-testid="autocomplete">
      {suggestions.map((s, i) => (
        <li
          key={s.replacement}
          role="option"
          aria-selected={i === chosen}
          className={i === chosen ? 'chosen' : ''}
          onMouseDown={(e) => {
            e.preventDefault();
            onPick(s);
          }}
        >
          {s.label}
        </li>
      ))}
    </ul>
  );
}
