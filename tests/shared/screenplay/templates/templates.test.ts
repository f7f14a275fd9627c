/** The templates: blank is empty, the others are translated structures that never print. */
import { describe, expect, it } from 'vitest';
import en from '../../../../shared/i18n/en/start.json';
import id from '../../../../shared/i18n/id/start.json';
import ko from '../../../../shared/i18n/ko/start.json';
import { DEFAULT_TEMPLATE, TEMPLATE_IDS, templateElements, templateKeys } from '../../../../shared/screenplay/templates/index.ts';

function lookup(bundle: Record<string, unknown>) {
  return (key: string): string => {
    const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], bundle);
    if (typeof value !== 'string') throw new Error(`missing ${key}`);
    return value;
  };
}

describe('templates', () => {
  it('defaults to a blank script', () => {
    expect(DEFAULT_TEMPLATE).toBe('blank');
    expect(templateElements('blank', lookup(en))).toEqual([]);
  });

  it('has every key in each UI language, and a name for each template', () => {
    for (const bundle of [en, id, ko]) {
      for (const key of templateKeys()) expect(lookup(bundle)(key)).not.toBe('');
      for (const t of TEMPLATE_IDS) expect(lookup(bundle)(`templates.${t}`)).not.toBe('');
    }
  });

  it('builds a TV episode as a teaser and acts, in the chosen language', () => {
    const sections = (els: ReturnType<typeof templateElements>) => els.filter((e) => e.type === 'section').map((e) => e.text);
    expect(sections(templateElements('tv', lookup(en)))).toEqual(['TEASER', 'ACT ONE', 'ACT TWO', 'ACT THREE', 'TAG']);
    expect(sections(templateElements('tv', lookup(id)))).toEqual(['TEASER', 'BABAK SATU', 'BABAK DUA', 'BABAK TIGA', 'PENUTUP']);
    expect(templateElements('feature', lookup(en)).find((e) => e.text === 'Midpoint')?.depth).toBe(2);
  });

  it('shows the animation conventions: a V.O. narrator cue and a sound in capitals', () => {
    const els = templateElements('animation', lookup(en));
    expect(els.find((e) => e.type === 'character')?.text).toBe('NARRATOR (V.O.)');
    expect(els.find((e) => e.type === 'action')?.text).toMatch(/WHISTLES/);
    expect(templateElements('animation', lookup(ko)).find((e) => e.type === 'character')?.text).toBe('내레이터 (V.O.)');
  });
});
