/** Title page fields (Fountain keys): Title, Credit, Author, Source, Draft date, Contact. */
import { useTranslation } from 'react-i18next';
import type { TitleField } from '../../shared/screenplay/model.ts';

const KEYS = ['Title', 'Credit', 'Author', 'Source', 'Draft date', 'Contact'];

export function TitlePageDialog(props: { fields: TitleField[]; onChange(f: TitleField[]): void; onClose(): void; readOnly: boolean }) {
  const { t } = useTranslation('editor');
  const value = (key: string) => props.fields.find((f) => f.key.toLowerCase() === key.toLowerCase())?.value ?? '';
  const set = (key: string, v: string) => {
    const others = props.fields.filter((f) => f.key.toLowerCase() !== key.toLowerCase());
    const next = v ? [...others, { key, value: v }] : others;
    next.sort((a, b) => (KEYS.indexOf(a.key) + 99) % 99 - ((KEYS.indexOf(b.key) + 99) % 99));
    props.onChange(next);
  };
  return (
    <aside className="side-panel" aria-label={t('titlePage')}>
      <h2>{t('titlePage')}</h2>
      {KEYS.map((k) => (
        <label key={k}>
          {t(`titleKeys.${k.replace(' ', '_')}`)}
          {k === 'Contact' ? (
            <textarea value={value(k)} readOnly={props.readOnly} onChange={(e) => set(k, e.target.value)} rows={3} />
          ) : (
            <input value={value(k)} readOnly={props.readOnly} onChange={(e) => set(k, e.target.value)} />
          )}
        </label>
      ))}
      <button type="button" onClick={props.onClose}>{t('close')}</button>
    </aside>
  );
}
