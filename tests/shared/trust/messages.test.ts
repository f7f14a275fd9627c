/** Every refusal of the trust namespace named in the sources has its text in English and Bahasa Indonesia. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '../../..');
const texts = (lang: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'shared/i18n', lang, 'trust.json'), 'utf8')) as { errors: Record<string, string>; approvalReason: Record<string, string> };

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => path.join(e.parentPath, e.name));
}

describe('trust messages', () => {
  it('has a text for every trust.* code and report refusal in the sources', () => {
    const names = new Set<string>();
    for (const f of [...sources('electron'), ...sources('shared')]) {
      const src = fs.readFileSync(f, 'utf8');
      // Error codes are snake_case; 'trust.mentorKey' and the like are contract methods.
      for (const m of src.matchAll(/'trust\.([a-z_]+)'/g)) names.add(m[1]);
      for (const m of src.matchAll(/refusal\('(\w+)'/g)) names.add(m[1]);
    }
    expect(names.size).toBeGreaterThan(25);
    for (const lang of ['en', 'id']) for (const n of names) expect(typeof texts(lang).errors[n], `${lang} trust.${n}`).toBe('string');
  });

  it('names every approval status', async () => {
    const { APPROVAL_STATUSES } = await import('../../../shared/trust/approval.ts');
    for (const lang of ['en', 'id']) for (const s of APPROVAL_STATUSES) expect(typeof texts(lang).approvalReason[s], `${lang} ${s}`).toBe('string');
  });
});
