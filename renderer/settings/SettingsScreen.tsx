/** Settings: language, paper, what Enter after dialogue creates, automatic (CONT'D), spelling, theme. Applied immediately. */
import { useTranslation } from 'react-i18next';
import { DailyGoalSetting } from '../focus/DailyGoalSetting.tsx';
import type { Settings } from '../../shared/api/settings.ts';
import { LANGUAGE_NAMES, type Language } from '../../shared/i18n/languages.ts';
import { ClassFolderField } from './ClassFolderField.tsx';
import { PersonalDictionary } from './PersonalDictionary.tsx';

/** The switch's order: the programme's languages first, as before, then English. */
const LANGUAGE_ORDER: readonly Language[] = ['id', 'ko', 'en'];

export function SettingsScreen({ settings, onChange }: { settings: Settings; onChange(p: Partial<Settings>): void }) {
  const { t } = useTranslation('settings');
  return (
    <section className="settings">
      <h1>{t('title')}</h1>
      <label>
        {t('language')}
        <select data-testid="language" value={settings.language} onChange={(e) => onChange({ language: e.target.value as Settings['language'] })}>
          {LANGUAGE_ORDER.map((language) => (
            // Each language named in itself: a user who cannot read the current UI still finds theirs.
            <option key={language} value={language} lang={language}>
              {LANGUAGE_NAMES[language]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('paper')}
        <select value={settings.paper} onChange={(e) => onChange({ paper: e.target.value as Settings['paper'] })}>
          <option value="a4">{t('a4')}</option>
          <option value="letter">{t('letter')}</option>
        </select>
      </label>
      <label>
        {t('afterDialogue')}
        <select value={settings.afterDialogue} onChange={(e) => onChange({ afterDialogue: e.target.value as Settings['afterDialogue'] })}>
          <option value="action">{t('afterDialogueAction')}</option>
          <option value="character">{t('afterDialogueCharacter')}</option>
        </select>
      </label>
      <label className="checkbox">
        <input type="checkbox" data-testid="automatic-contd" checked={settings.automaticContd} onChange={(e) => onChange({ automaticContd: e.target.checked })} />
        {t('automaticContd')}
      </label>
      <p className="hint">{t('automaticContdHint')}</p>
      <label className="checkbox">
        <input type="checkbox" data-testid="spelling" checked={settings.spelling !== false} onChange={(e) => onChange({ spelling: e.target.checked })} />
        {t('spelling')}
      </label>
      <p className="hint">{t('spellingHint')}</p>
      <PersonalDictionary />
      <DailyGoalSetting goal={settings.dailyWordsGoal} onChange={(dailyWordsGoal) => onChange({ dailyWordsGoal })} />
      <label>
        {t('theme')}
        <select value={settings.theme} onChange={(e) => onChange({ theme: e.target.value as Settings['theme'] })}>
          <option value="light">{t('themeLight')}</option>
          <option value="dark">{t('themeDark')}</option>
          <option value="contrast">{t('themeContrast')}</option>
        </select>
      </label>
      <ClassFolderField />
    </section>
  );
}
