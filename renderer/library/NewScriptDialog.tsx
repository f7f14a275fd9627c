/**
 * The new-script dialog (contract 4: `new-script-dialog`): a title and a template. The title field
 * has focus, so Enter at once accepts the defaults — a blank script called "Untitled" (translated)
 * — and opens the editor. The library's New button and the `file.new` command both open it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_TEMPLATE, TEMPLATE_IDS, templateElements, type TemplateId } from '../../shared/screenplay/templates/index.ts';
import { invoke } from '../api.ts';
import { useDialogFocus } from '../commands/use-dialog-focus.ts';
import './new-script.css';

/** Creates the script the dialog describes: an empty title means the translated default. */
export async function createScript(title: string, template: TemplateId, t: (key: string) => string, untitled: string) {
  const name = title.trim() || untitled;
  const elements = templateElements(template, t);
  return invoke('library.create', elements.length ? { title: name, elements } : { title: name });
}

export function NewScriptDialog({ onCreate, onClose }: { onCreate(title: string, template: TemplateId): void; onClose(): void }) {
  const { t } = useTranslation('start');
  const { t: tl } = useTranslation('library');
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState<TemplateId>(DEFAULT_TEMPLATE);
  // The title field takes the focus (not the form), so typing needs no click and Enter submits.
  const ref = useDialogFocus<HTMLInputElement>(onClose);
  return (
    <div className="palette-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <form
        className="app-dialog new-script"
        role="dialog"
        aria-modal="true"
        aria-labelledby="new-script-title"
        data-testid="new-script-dialog"
        onSubmit={(e) => {
          e.preventDefault();
          onCreate(title, template);
        }}
      >
        <h2 id="new-script-title">{t('dialogTitle')}</h2>
        <label>
          {t('title')}
          <input ref={ref} name="title" value={title} placeholder={tl('untitled')} onChange={(e) => setTitle(e.target.value)} data-testid="new-script-title" />
        </label>
        <fieldset>
          <legend>{t('templateLabel')}</legend>
          {TEMPLATE_IDS.map((id) => (
            <label key={id} className="template-choice">
              <input type="radio" name="template" value={id} checked={template === id} onChange={() => setTemplate(id)} data-template={id} />
              {t(`templates.${id}`)}
            </label>
          ))}
        </fieldset>
        <p className="hint">{t('hint')}</p>
        <div className="row">
          <span className="spacer" />
          <button type="button" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" className="primary" data-testid="new-script-create">
            {t('create')}
          </button>
        </div>
      </form>
    </div>
  );
}
