/** Adds a structure template's sections (shared/screenplay/outline/templates.ts) at the end of the script, as one undo step. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { useSlateStatic } from 'slate-react';
import { newElementId } from '../../shared/screenplay/ids.ts';
import { STRUCTURE_TEMPLATES, templateElements, type StructureTemplate } from '../../shared/screenplay/outline/templates.ts';
import type { ScriptBlock } from '../editor/types.ts';

export function StructurePicker({ autoFocus, onInserted }: { autoFocus: boolean; onInserted(): void }) {
  const { t } = useTranslation('cards');
  const editor = useSlateStatic();
  const [template, setTemplate] = useState<StructureTemplate>('threeActs');

  const insert = () => {
    const blocks: ScriptBlock[] = templateElements(template, (k) => t(k)).map((el) => ({
      type: el.type,
      id: newElementId(),
      ...(el.depth ? { depth: el.depth } : {}),
      children: [{ text: el.text }],
    }));
    HistoryEditor.withNewBatch(editor, () => {
      // A new script's one empty line gives way to the structure instead of standing before it.
      const only = editor.children.length === 1 ? (editor.children[0] as ScriptBlock) : null;
      const empty = only !== null && only.children.every((c) => c.text === '');
      Transforms.insertNodes(editor, blocks, { at: [editor.children.length] });
      if (empty) Transforms.removeNodes(editor, { at: [0] });
    });
    onInserted();
  };

  return (
    <span className="structure-picker">
      <label>
        {t('structureLabel')}{' '}
        <select data-testid="structure-template" autoFocus={autoFocus} value={template} onChange={(e) => setTemplate(e.target.value as StructureTemplate)}>
          {STRUCTURE_TEMPLATES.map((id) => (
            <option key={id} value={id}>
              {t(`templates.${id}`)}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="button" data-testid="insert-structure" title={t('structureHint')} onClick={insert}>
        {t('insertStructure')}
      </button>
    </span>
  );
}
