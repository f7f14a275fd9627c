/** About and the offline user guide (docs/user-guide.md, bundled at build time): Help's two commands. */
import { useEffect, useState } from 'react';
import Markdown from 'react-markdown';
import { useTranslation } from 'react-i18next';
import guide from '../../docs/user-guide.md?raw';
import { invoke } from '../api.ts';
import { useDialogFocus } from './use-dialog-focus.ts';

export function AboutDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('commands');
  const [version, setVersion] = useState('');
  useEffect(() => void invoke('app.info', {}).then((i) => setVersion(i.version), () => setVersion('')), []);
  const ref = useDialogFocus<HTMLDivElement>(onClose);
  return (
    <div className="palette-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="app-dialog" role="dialog" aria-modal="true" aria-labelledby="about-title" data-testid="about-dialog" ref={ref} tabIndex={-1}>
        <h2 id="about-title">{t('about.title')}</h2>
        <p>{t('about.version', { version })}</p>
        <p>{t('about.text')}</p>
        <button type="button" onClick={onClose}>
          {t('about.close')}
        </button>
      </div>
    </div>
  );
}

export function GuideDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('commands');
  const ref = useDialogFocus<HTMLDivElement>(onClose);
  return (
    <div className="palette-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="app-dialog guide" role="dialog" aria-modal="true" aria-labelledby="guide-title" data-testid="user-guide" ref={ref} tabIndex={-1}>
        <div className="row">
          <h2 id="guide-title">{t('guide.title')}</h2>
          <span className="spacer" />
          <button type="button" onClick={onClose}>
            {t('guide.close')}
          </button>
        </div>
        {/* Our own file, yet still no raw HTML and no links out of the window: links show as their text. */}
        <Markdown skipHtml components={{ a: ({ children }) => <span>{children}</span>, img: () => null }}>
          {guide}
        </Markdown>
      </div>
    </div>
  );
}
