/**
 * Generated course data at the limits, for bench/course.ts: a valid pack folder of about 200 MiB
 * (large and small PNG-signature images, bilingual Markdown lessons, exercises with checks) and
 * progress reports from many trainees for it. Deterministic apart from the image bytes.
 */
import { createHash, randomFillSync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PACK_LIMITS } from '../shared/course/limits.ts';
import { REPORT_SCHEMA, type ReportActivity, type UnsignedReport } from '../shared/course/report.ts';
import { derivedSummary } from '../shared/course/report-checks.ts';
import { newKeyFile, signerOf, type Signer } from '../electron/trust/key-store.ts';
import { signJson } from '../electron/trust/signed-json.ts';

const MiB = 1024 * 1024;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
export const BENCH_PACK_ID = 'id.naskah.bench-pack';

const MODULES = 8;
const LESSONS_PER_MODULE = 10;
const EXERCISES_PER_MODULE = 3;
const LARGE_IMAGES = 9;
const LARGE_IMAGE_BYTES = 19 * MiB;
const SMALL_IMAGES = 300;
const SMALL_IMAGE_BYTES = 80 * 1024;

interface Listed {
  path: string;
  sha256: string;
  size: number;
}

function write(dir: string, rel: string, data: Buffer, listed: Listed[]): void {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, data);
  listed.push({ path: rel, sha256: createHash('sha256').update(data).digest('hex'), size: data.length });
}

/** Random bytes behind a PNG signature: incompressible, like real photographs. */
function image(bytes: number): Buffer {
  const data = randomFillSync(Buffer.alloc(bytes));
  PNG_SIGNATURE.copy(data);
  return data;
}

/** A lesson of about `bytes` bytes of varied prose (so it compresses as text does, not as a bomb). */
function lesson(title: string, lang: 'en' | 'id', bytes: number): Buffer {
  const words =
    lang === 'en'
      ? ['scene', 'character', 'wants', 'something', 'the', 'page', 'minute', 'conflict', 'dialogue', 'action', 'turns', 'reveals', 'before', 'after', 'night']
      : ['adegan', 'tokoh', 'ingin', 'sesuatu', 'halaman', 'menit', 'konflik', 'dialog', 'aksi', 'berbalik', 'membuka', 'sebelum', 'sesudah', 'malam', 'yang'];
  const out = [`# ${title}\n`];
  let size = out[0].length;
  for (let i = 0; size < bytes; i++) {
    const sentence = Array.from({ length: 8 + (i % 9) }, (_, k) => words[(i * 7 + k * 3 + (i >> 3)) % words.length]).join(' ');
    const para = `${sentence[0].toUpperCase()}${sentence.slice(1)} (${i}).${i % 5 === 4 ? '\n\n' : ' '}`;
    out.push(para);
    size += para.length;
  }
  return Buffer.from(out.join(''));
}

/**
 * Writes the pack folder; returns its total size (files plus course.json) and file count. `small`:
 * the same modules, lessons and exercises without images and with 1 KiB lessons, for the class
 * view's figures, which depend on the pack's items and not its bytes.
 */
export function writeLargePack(dir: string, { small = false }: { small?: boolean } = {}): { bytes: number; files: number } {
  const listed: Listed[] = [];
  if (!small) {
    for (let i = 0; i < LARGE_IMAGES; i++) write(dir, `images/large-${i}.png`, image(LARGE_IMAGE_BYTES), listed);
    for (let i = 0; i < SMALL_IMAGES; i++) write(dir, `images/small-${i}.png`, image(SMALL_IMAGE_BYTES), listed);
  }
  const imageBytes = listed.reduce((n, f) => n + f.size, 0);
  // Lessons take what is left of the limit, minus room for course.json.
  const lessonCount = MODULES * LESSONS_PER_MODULE * 2;
  const lessonBytes = small ? 1024 : Math.floor((PACK_LIMITS.maxTotalBytes - imageBytes - 512 * 1024) / lessonCount);
  const modules = Array.from({ length: MODULES }, (_, m) => ({
    id: `module-${m}`,
    title: { en: `Module ${m + 1}`, id: `Modul ${m + 1}` },
    lessons: Array.from({ length: LESSONS_PER_MODULE }, (_, l) => {
      const id = `m${m}-lesson-${l}`;
      write(dir, `lessons/${id}.en.md`, lesson(`Lesson ${m + 1}.${l + 1}`, 'en', lessonBytes), listed);
      write(dir, `lessons/${id}.id.md`, lesson(`Pelajaran ${m + 1}.${l + 1}`, 'id', lessonBytes), listed);
      return { id, title: { en: `Lesson ${m + 1}.${l + 1}`, id: `Pelajaran ${m + 1}.${l + 1}` }, file: { en: `lessons/${id}.en.md`, id: `lessons/${id}.id.md` } };
    }),
    exercises: Array.from({ length: EXERCISES_PER_MODULE }, (_, e) => ({
      id: `m${m}-exercise-${e}`,
      title: { en: `Exercise ${m + 1}.${e + 1}`, id: `Latihan ${m + 1}.${e + 1}` },
      prompt: { en: 'Write two scenes.', id: 'Tulis dua adegan.' },
      completion: 'checks_passed',
      checks: [{ kind: 'scenes', id: 'two-scenes', min: 2 }],
    })),
  }));
  const manifest = {
    schema: 'naskah.course/1',
    id: BENCH_PACK_ID,
    version: '1.0.0',
    revision: 1,
    title: { en: 'Benchmark course', id: 'Kursus tolok ukur' },
    description: { en: 'A pack at the size limit.', id: 'Paket pada batas ukuran.' },
    languages: ['en', 'id'],
    publisher: 'Naskah bench',
    license: 'CC-BY-4.0',
    minAppVersion: '0.1.0',
    modules,
    files: listed,
  };
  const json = JSON.stringify(manifest, null, 2);
  fs.writeFileSync(path.join(dir, 'course.json'), json);
  return { bytes: listed.reduce((n, f) => n + f.size, 0) + Buffer.byteLength(json), files: listed.length };
}

const STATUSES: ReportActivity['status'][] = ['todo', 'started', 'done'];

/**
 * `count` report files: `trainees` trainees each sending several reports over the weeks, with
 * statuses spread across lessons and exercises and checks on some exercises — each signed by its
 * trainee's own installation key, as the app signs them, so an import checks real signatures.
 */
export function generateReports(count: number, trainees: number, publisherKey: string | null = null): { fileName: string; content: string }[] {
  const files: { fileName: string; content: string }[] = [];
  const signers: Signer[] = Array.from({ length: trainees }, (_, i) => signerOf(newKeyFile(`installation-${i}`, 'installation', 'bench')));
  for (let n = 0; n < count; n++) {
    const who = n % trainees;
    const week = Math.floor(n / trainees);
    const generatedAt = new Date(Date.UTC(2026, 7, 1 + week * 7, 8 + (who % 10), who % 60)).toISOString();
    const activities: ReportActivity[] = [];
    for (let m = 0; m < MODULES; m++) {
      const items = [
        ...Array.from({ length: LESSONS_PER_MODULE }, (_, l) => ({ kind: 'lesson' as const, id: `m${m}-lesson-${l}` })),
        ...Array.from({ length: EXERCISES_PER_MODULE }, (_, e) => ({ kind: 'exercise' as const, id: `m${m}-exercise-${e}` })),
      ];
      items.forEach((item, i) => {
        const status = STATUSES[(who + week + m * 3 + i) % 3];
        const checked = item.kind === 'exercise' && status !== 'todo';
        activities.push({
          kind: item.kind,
          id: item.id,
          moduleId: `module-${m}`,
          status,
          startedAt: status === 'todo' ? null : generatedAt,
          completedAt: status === 'done' ? generatedAt : null,
          due: null,
          checksPassed: checked ? (status === 'done' ? 1 : 0) : null,
          checksTotal: checked ? 1 : null,
          checks: checked ? [{ id: 'two-scenes', passed: status === 'done' }] : [],
          draftSha256: checked ? createHash('sha256').update(`${who}/${item.id}/${week}`).digest('hex') : null,
          words: checked ? 200 + ((who * 37 + i) % 900) : null,
          pages: checked ? 1 + ((who + i) % 5) : null,
          approval: null,
        });
      });
    }
    const days = Array.from({ length: 1 + ((who + week) % 12) }, (_, d) => {
      const at = new Date(Date.parse(generatedAt) - d * 86_400_000).toISOString().slice(0, 10);
      return { day: at, words: 100 + ((who * 13 + d * 7) % 500), pages: d % 3 };
    }).reverse();
    const unsigned: UnsignedReport = {
      schema: REPORT_SCHEMA,
      trainee: `Peserta ${String(who + 1).padStart(3, '0')}`,
      pack: { id: BENCH_PACK_ID, version: '1.0.0', revision: 1, title: 'Benchmark course', publisherKey },
      generatedAt,
      summary: { done: 0, total: 0, streakDays: 0, wordsWritten: 0 },
      days,
      activities,
    };
    const derived = derivedSummary({ ...unsigned, signature: { key: signers[who].publicKey, sig: '' } });
    unsigned.summary = { done: derived.done, total: derived.total, streakDays: derived.streakDays ?? 0, wordsWritten: derived.wordsWritten ?? 0 };
    const report = signJson('progress-report', unsigned, signers[who]);
    files.push({ fileName: `report-peserta-${who + 1}-${generatedAt.slice(0, 10)}.naskahreport`, content: JSON.stringify(report, null, 2) + '\n' });
  }
  return files;
}
