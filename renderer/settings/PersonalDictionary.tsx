/**
 * The personal spelling dictionary, one word a line. Read from the settings when shown (the editor
 * adds words to it from its context menu) and written back when the field is left.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../api.ts';
import { dictionaryWords } from './dictionary-words.ts';

export function PersonalDictionary() {
  const { t } = useTranslation('settings');
  const [text, setText] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    void invoke('settings.get', {}).then(
      (s) => live && setText((s.spellDictionary ?? []).join('\n')),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  const save = () => {
    if (text === null) return;
    const words = dictionaryWords(text);
    setText(words.join('\n'));
    invoke('settings.set', { spellDictionary: words }).then(
      () => setFailed(false),
      () => setFailed(true),
    );
  };
  return (
    <label>
      {t('personalDictionary')}
      <textarea data-testid="personal-dictionary" rows={5} value={text ?? ''} disabled={text === null} onChange={(e) => setText(e.target.value)} onBlur={save} spellCheck={false} />
      {failed && <span role="alert">{t('personalDictionaryFailed')}</span>}
    </label>
  );
}
