/**
 * docs/file-formats.md against the code: the examples it shows are read by the real readers, every
 * field the schemas accept is named, the attributes of Naskah's own the FDX writer adds are listed,
 * and the data directory's folders and the review bundle's versions are the ones the code uses.
 * A field added to the model without a word in the doc fails here.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseJsonModel, writeJsonModel } from '../../shared/screenplay/json.ts';
import { elementSchema, revisionSetSchema, screenplaySchema } from '../../shared/screenplay/schema.ts';
import { elementLayoutSchema, scriptLayoutSchema } from '../../shared/screenplay/script-layout.ts';
import { parseFdx } from '../../shared/screenplay/fdx/parse.ts';
import { writeFdx } from '../../shared/screenplay/fdx/write.ts';
import type { Screenplay } from '../../shared/screenplay/model.ts';
import { BUNDLE_FORMAT_VERSION, READABLE_BUNDLE_VERSIONS } from '../../shared/review/bundle-meta.ts';
import { BACKUP_DIR } from '../../electron/store/backup.ts';
import { DB_FILE } from '../../electron/store/database.ts';
import { MEDIA_DIR } from '../../electron/store/media-files.ts';
import { DAMAGED_DIR } from '../../electron/store/recover.ts';
import { NOTICE_FILE } from '../../electron/store/recovery-notice.ts';
import { KEYS_DIR } from '../../electron/trust/key-store.ts';
import { uploadFile } from '../../electron/course/uploads.ts';

const doc = fs.readFileSync(path.join(import.meta.dirname, '../../docs/file-formats.md'), 'utf8');

/** The text of one `## ` or `### ` section, up to the next heading of the same or a higher level. */
function section(title: string): string {
  const start = doc.indexOf(title);
  expect(start, title).toBeGreaterThanOrEqual(0);
  const level = /^#+/.exec(title)![0];
  const rest = doc.slice(start + title.length);
  const end = rest.search(new RegExp(`\\n#{1,${level.length}} `));
  return end < 0 ? rest : rest.slice(0, end);
}

function codeBlocks(text: string): string[] {
  return [...text.matchAll(/```json\n([\s\S]*?)\n\s*```/g)].map((m) => m[1]);
}

/** Field names of a zod object, through optional and refined wrappers. */
function keysOf(schema: z.ZodType): string[] {
  let s: z.ZodType = schema;
  while (!(s instanceof z.ZodObject)) {
    if (s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
    else throw new Error('not an object schema');
  }
  return Object.keys(s.shape);
}

const jsonSection = section('## JSON model (contract 2)');

describe('docs/file-formats.md: the JSON model', () => {
  it('shows a script that the JSON reader reads and the writer writes back as shown', () => {
    const [example] = codeBlocks(jsonSection);
    const read = parseJsonModel(example);
    expect(read.ok ? [] : read.error).toEqual([]);
    if (!read.ok) return;
    expect(JSON.parse(writeJsonModel(read.value))).toEqual(JSON.parse(example));
  });

  it('shows a layout that the schema accepts and that survives a Final Draft file unchanged', () => {
    const block = codeBlocks(jsonSection).find((b) => b.trimStart().startsWith('"layout"'));
    expect(block).toBeDefined();
    const layout = (JSON.parse(`{${block}}`) as { layout: unknown }).layout;
    const checked = scriptLayoutSchema.safeParse(layout);
    expect(checked.success ? [] : checked.error.issues).toEqual([]);
    const script: Screenplay = { version: 1, titlePage: [], elements: [{ type: 'action', text: 'Hujan.' }], layout: checked.data };
    const back = parseFdx(writeFdx(script));
    expect(back.ok && back.value.layout).toEqual(layout);
  });

  it('names every field the model, its revision sets and its layout accept', () => {
    const fields = new Set([
      ...keysOf(screenplaySchema),
      ...keysOf(elementSchema).filter((k) => k !== 'id'), // ids are never written (said in the doc)
      ...keysOf(revisionSetSchema),
      ...keysOf(scriptLayoutSchema),
      ...keysOf(scriptLayoutSchema.shape.page),
      ...keysOf(elementLayoutSchema),
      ...keysOf(scriptLayoutSchema.shape.continueds),
    ]);
    const missing = [...fields].filter((f) => !jsonSection.includes(`\`${f}\``) && !jsonSection.includes(`"${f}"`) && !jsonSection.includes(`\`${f}:`) && !new RegExp(`[{,] ?${f}[,}]`).test(jsonSection));
    expect(missing).toEqual([]);
  });

  it('says a revision set may come without a date, as the reader and writer allow', () => {
    expect(jsonSection).toMatch(/`date` `YYYY-MM-DD` and optional/);
    const read = parseJsonModel(JSON.stringify({ version: 1, titlePage: [], elements: [{ type: 'action', text: 'Hujan.', revision: 1 }], revisions: [{ set: 1, name: 'Blue', color: '#2f6fd6' }] }));
    expect(read.ok).toBe(true);
    if (read.ok) expect(JSON.parse(writeJsonModel(read.value)).revisions).toEqual([{ set: 1, name: 'Blue', color: '#2f6fd6' }]);
  });
});

describe('docs/file-formats.md: Final Draft', () => {
  it('lists exactly the element types whose settings the FDX reader keeps', () => {
    const list = /keyed by Final Draft element type \(([^;]*);/.exec(jsonSection)?.[1];
    expect(list).toBeDefined();
    const named = [...list!.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    const offered = [...named, 'Note', 'Section', 'Synopsis', 'My Own Type'];
    const fdx = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<FinalDraft DocumentType="Script" Version="5"><Content><Paragraph Type="Action"><Text>Hujan.</Text></Paragraph></Content>',
      ...offered.map((t) => `<ElementSettings Type="${t}"><ParagraphSpec LeftIndent="1.50"/></ElementSettings>`),
      '</FinalDraft>',
    ].join('\n');
    const read = parseFdx(fdx);
    expect(read.ok && Object.keys(read.value.layout?.elements ?? {}).sort()).toEqual([...named].sort());
  });

  it('lists every attribute of Naskah\'s own that the writer adds', () => {
    const script: Screenplay = {
      version: 1,
      titlePage: [{ key: 'Title', value: 'Warung' }],
      elements: [
        { type: 'section', text: 'Babak satu', depth: 2 },
        { type: 'scene_heading', text: 'INT. WARUNG - MALAM', sceneNumber: '1A' },
        { type: 'action', text: 'Hujan deras.', revision: 1 },
      ],
      lockedSceneNumbers: true,
      revisions: [{ set: 1, name: 'Blue', color: '#2f6fd6', date: '2026-12-03' }],
      revisionMode: true,
    };
    const written = writeFdx(script);
    const own = [...new Set([...written.matchAll(/\b(Naskah[A-Z]\w*)=/g)].map((m) => m[1]))];
    expect(own.length).toBeGreaterThanOrEqual(5);
    const fdxSection = section('## Final Draft (`.fdx`)');
    expect(own.filter((a) => !fdxSection.includes(`\`${a}`))).toEqual([]);
    // And the reader takes each back.
    const back = parseFdx(written);
    expect(back.ok && { depth: back.value.elements[0].depth, locked: back.value.lockedSceneNumbers, sets: back.value.revisions, mode: back.value.revisionMode, title: back.value.titlePage }).toEqual({
      depth: 2,
      locked: true,
      sets: script.revisions,
      mode: true,
      title: script.titlePage,
    });
  });
});

describe("docs/file-formats.md: Naskah's own files", () => {
  const own = section("## Naskah's own files");

  it('gives the review bundle version written and the versions read', () => {
    const row = own.split('\n').find((l) => l.startsWith('| `.naskahreview`'));
    expect(row).toBeDefined();
    expect(row).toContain(`Written as \`formatVersion\` ${BUNDLE_FORMAT_VERSION}`);
    expect(row).toContain(`versions ${READABLE_BUNDLE_VERSIONS.join(' and ')} are both read`);
  });

  it('lists every file and folder the code keeps in the data directory', () => {
    const dataDir = section('### The data directory');
    const listed = [...dataDir.matchAll(/^\| `([^`]+)`/gm)].map((m) => m[1]);
    const uploads = path.relative(os.tmpdir(), path.dirname(uploadFile(os.tmpdir(), '0'.repeat(32))));
    const used = [DB_FILE, `${BACKUP_DIR}/`, `${KEYS_DIR}/`, `${MEDIA_DIR}/`, `${uploads}/`, `${DAMAGED_DIR}/`, NOTICE_FILE];
    expect(used.filter((name) => !listed.includes(name))).toEqual([]);
  });
});
