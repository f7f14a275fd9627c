/** The characters of a script with speeches, dialogue words and scenes; any column sorts. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CharacterStats } from '../../shared/screenplay/stats.ts';
import { nextOrder, sortCharacters, type CharacterColumn, type SortOrder } from './sort.ts';

const COLUMNS: CharacterColumn[] = ['name', 'speeches', 'words', 'scenes'];

export function CharacterTable({ characters }: { characters: readonly CharacterStats[] }) {
  const { t } = useTranslation('reports');
  const [order, setOrder] = useState<SortOrder>({ column: 'speeches', descending: true });
  const rows = useMemo(() => sortCharacters(characters, order), [characters, order]);
  return (
    <table className="report-table characters" data-testid="report-characters">
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <th key={c} scope="col" aria-sort={order.column === c ? (order.descending ? 'descending' : 'ascending') : 'none'}>
              <button type="button" className="sort" onClick={() => setOrder(nextOrder(order, c))} data-testid={`sort-${c}`}>
                {t(`column.${c}`)}
                <span aria-hidden="true">{order.column === c ? (order.descending ? ' ▼' : ' ▲') : ''}</span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.name} data-testid="report-character" data-name={c.name}>
            <td>{c.name}</td>
            <td>{c.speeches}</td>
            <td>{c.words}</td>
            <td>{c.scenes}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
