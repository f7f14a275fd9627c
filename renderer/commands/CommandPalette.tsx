/**
 * The command palette (Ctrl+K / Cmd+K): every command that can run now, translated and filtered as
 * the writer types, run with Enter — the same commands, through the same registry, as the menu and
 * the toolbar. An ARIA combobox over a listbox: the focus stays in the search field, arrows move the
 * active option, Escape closes and gives the focus back where it was.
 */
import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { accelFor, shortcutLabel } from '../../shared/commands/accelerator.ts';
import { COMMANDS } from '../../shared/commands/command-list.ts';
import { filterEntries, paletteEntries, type PaletteEntry } from '../../shared/commands/palette.ts';
import { PLATFORM } from './key-map.ts';
import { commands } from './registry.ts';
import { useAppState } from './use-commands.ts';
import './commands.css';

const SPECS = new Map(COMMANDS.map((c) => [c.id, c]));

export function CommandPalette({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('commands');
  const state = useAppState();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const returnTo = useRef<Element | null>(null);

  useLayoutEffect(() => {
    returnTo.current = document.activeElement;
    input.current?.focus();
  }, []);

  // Only commands someone can carry out right now (a handler registered and the rule allows it).
  const all = useMemo(() => paletteEntries(COMMANDS, state, (k) => t(k)).filter((e) => commands.isEnabled(e.command)), [state, t]);
  const shown = useMemo(() => filterEntries(all, query), [all, query]);
  const current = Math.min(active, Math.max(shown.length - 1, 0));

  const close = () => {
    onClose();
    if (returnTo.current instanceof HTMLElement) returnTo.current.focus();
  };
  const runEntry = (entry: PaletteEntry | undefined) => {
    if (!entry) return;
    close();
    commands.run(entry.command, entry.arg);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: shown.length - 1, PageDown: current + 8, PageUp: current - 8 };
    if (e.key in moves && shown.length > 0) {
      e.preventDefault();
      setActive(Math.min(Math.max(moves[e.key], 0), shown.length - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      runEntry(shown[current]);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close();
    }
  };

  const optionId = (i: number) => `palette-option-${i}`;
  return (
    <div className="palette-backdrop" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <div className="palette" role="dialog" aria-modal="true" aria-labelledby="palette-title" data-testid="command-palette" onKeyDown={onKeyDown}>
        <h2 id="palette-title" className="visually-hidden">
          {t('palette.title')}
        </h2>
        <input
          ref={input}
          type="text"
          role="combobox"
          aria-expanded="true"
          aria-controls="palette-list"
          aria-autocomplete="list"
          aria-activedescendant={shown.length > 0 ? optionId(current) : undefined}
          aria-label={t('palette.search')}
          placeholder={t('palette.search')}
          value={query}
          data-testid="palette-search"
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
        />
        <ul id="palette-list" role="listbox" aria-label={t('palette.results')} className="palette-list">
          {shown.map((entry, i) => {
            const shortcut = entry.arg ? '' : shortcutLabel(accelFor(SPECS.get(entry.command)!, PLATFORM), PLATFORM);
            return (
              <li
                key={`${entry.command}:${entry.arg ?? ''}`}
                id={optionId(i)}
                role="option"
                aria-selected={i === current}
                data-command={entry.command}
                className={i === current ? 'active' : undefined}
                onMouseMove={() => setActive(i)}
                onClick={() => runEntry(entry)}
              >
                <span className="palette-label">
                  {entry.group ? <span className="palette-group">{entry.group}: </span> : null}
                  {entry.label}
                </span>
                {shortcut ? <kbd>{shortcut}</kbd> : null}
              </li>
            );
          })}
        </ul>
        {shown.length === 0 && (
          <p className="palette-empty" role="status">
            {t('palette.empty', { query })}
          </p>
        )}
      </div>
    </div>
  );
}
