/**
 * naskah progress report COURSE_ID [-o FILE] [--csv] [--trainee NAME] — the trainee's report, the
 * same signed file the app exports (the name defaults to the one set in the app).
 * naskah report import FILE|DIR… [--course ID] — the instructor imports many reports at once and
 * sees added / already there / refused with the reason; exit 1 if any was refused.
 * naskah report class COURSE_ID [--json|--csv] — the class table, verified on this side.
 * naskah progress certificate COURSE_ID [-o FILE.pdf] [--trainee NAME] — the completion certificate.
 * naskah report verify FILE… [--json] — what a report or certificate proves, the mentors' rubric
 * scores in it included; exit 1 unless every file verifies with every approval and score card in
 * it. Certificates (.pdf) are accepted wherever a report is.
 * All through the contract (dispatch), exactly as the app calls it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ClassRow } from '../../shared/api/course.ts';
import { AppError } from '../../shared/errors.ts';
import { REPORT_EXTENSION, REPORT_MAX_BYTES } from '../../shared/course/report.ts';
import { classCsv } from '../../shared/course/class-csv.ts';
import { call } from '../call.ts';
import { pickText } from '../../shared/i18n/pick-text.ts';
import { criteriaLine, reviewParams } from '../course/review-lines.ts';
import { cliLanguage, counted, translate, translateError } from '../i18n.ts';
import { writeFileAtomic, type CliIo } from './io.ts';
import { withBackend } from './library.ts';
import type { ArgsOf } from './commands.ts';
import { UsageError } from './spec.ts';

async function progressReport({ positionals: [packId], values: flags }: ArgsOf<'progress report'>, io: CliIo): Promise<number> {
  const out = flags.out;
  return withBackend(io, async (b) => {
    const trainee = flags.trainee ?? (await call(b.handlers, 'review.getIdentity', {})).traineeName;
    if (!trainee.trim()) throw new UsageError(translate('trust', 'cli.needTrainee'), 'progress report');
    const file = await call(b.handlers, 'course.exportReport', { packId, trainee: trainee.trim().slice(0, 200), format: flags.csv ? 'csv' : 'json' });
    if (out === undefined) {
      io.stdout(file.content);
      return 0;
    }
    const target = path.resolve(io.cwd, out);
    try {
      writeFileAtomic(target, file.content);
    } catch (err) {
      throw new AppError('cli.unwritable', { file: target, reason: (err as NodeJS.ErrnoException).code ?? String(err) });
    }
    io.stdout(translate('trust', 'cli.reportWritten', { file: target }) + '\n');
    return 0;
  });
}

async function progressCertificate({ positionals: [packId], values: flags }: ArgsOf<'progress certificate'>, io: CliIo): Promise<number> {
  return withBackend(io, async (b) => {
    const trainee = flags.trainee ?? (await call(b.handlers, 'review.getIdentity', {})).traineeName;
    if (!trainee.trim()) throw new UsageError(translate('trust', 'cli.needTrainee'), 'progress certificate');
    const file = await call(b.handlers, 'course.certificate', { packId, trainee: trainee.trim().slice(0, 200) });
    const target = path.resolve(io.cwd, flags.out ?? file.fileName);
    try {
      writeFileAtomic(target, Buffer.from(file.content, 'base64'));
    } catch (err) {
      throw new AppError('cli.unwritable', { file: target, reason: (err as NodeJS.ErrnoException).code ?? String(err) });
    }
    io.stdout(translate('certificate', 'cli.written', { file: target }) + '\n');
    return 0;
  });
}

/** A report file as the contract carries it: JSON text, or a certificate PDF as base64. */
function readReportFile(p: string): { fileName: string; content: string; encoding?: 'base64' } {
  const size = fs.statSync(p).size;
  const fileName = path.basename(p);
  // An oversized file is not read into memory; the service names it as too large.
  if (size > REPORT_MAX_BYTES) return { fileName, content: ' '.repeat(REPORT_MAX_BYTES + 1) };
  if (/\.pdf$/i.test(p)) return { fileName, content: fs.readFileSync(p).toString('base64'), encoding: 'base64' };
  return { fileName, content: fs.readFileSync(p, 'utf8') };
}

/** The report files named: files as they are, folders searched (recursively) for .naskahreport and .json. */
function reportFiles(io: CliIo, names: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && new RegExp(`\\.(${REPORT_EXTENSION}|json)$`, 'i').test(entry.name)) out.push(full);
    }
  };
  for (const name of names) {
    const full = path.resolve(io.cwd, name);
    const stat = fs.statSync(full, { throwIfNoEntry: false });
    if (!stat) throw new AppError('cli.unreadable', { file: full, reason: 'ENOENT' });
    if (stat.isDirectory()) walk(full);
    else out.push(full);
  }
  return out;
}

async function reportImport({ positionals, values: flags }: ArgsOf<'report import'>, io: CliIo): Promise<number> {
  const files = reportFiles(io, positionals).map(readReportFile);
  return withBackend(io, async (b) => {
    const r = await call(b.handlers, 'course.importReports', { files, ...(flags.course !== undefined ? { packId: flags.course } : {}) });
    for (const a of r.accepted) io.stdout(translate('trust', a.status === 'added' ? 'cli.reportAdded' : 'cli.reportDuplicate', { file: a.fileName, trainee: a.trainee }) + '\n');
    for (const x of r.refused) io.stderr(`naskah: ${translate('trust', 'cli.reportRefused', { file: x.fileName })} ${translateError(x.problem).replace(/\s*\n\s*/g, ' ')}\n`);
    io.stdout(translate('trust', 'cli.reportTotals', { added: r.added, duplicates: r.duplicates, refused: r.refused.length }) + '\n');
    return r.refused.length > 0 ? 1 : 0;
  });
}

async function reportVerify({ positionals, values: flags }: ArgsOf<'report verify'>, io: CliIo): Promise<number> {
  const files = reportFiles(io, positionals).map(readReportFile);
  return withBackend(io, async (b) => {
    const results = await call(b.handlers, 'course.verifyReports', { files });
    // A score card that does not verify is a claim the file cannot back: the file does not verify either.
    const verified = (r: (typeof results)[number]) => r.ok && r.signedBy !== null && r.approvals.every((a) => a.status === 'verified') && r.reviews.every((s) => s.status === 'verified');
    const language = cliLanguage();
    if (flags.json) io.stdout(JSON.stringify(results, null, 2) + '\n');
    else {
      for (const r of results) {
        if (!r.ok) {
          io.stderr(`naskah: ${translate('certificate', 'cli.refused', { file: r.fileName })} ${translateError(r.problem).replace(/\s*\n\s*/g, ' ')}\n`);
          continue;
        }
        const params = { file: r.fileName, trainee: r.trainee, course: pickText(r.course, language), revision: r.revision, done: r.done, total: r.total, fingerprint: r.signedBy ?? '' };
        io.stdout(translate('certificate', r.signedBy ? 'cli.valid' : 'cli.validUnsigned', params) + '\n');
        for (const a of r.approvals) {
          const line = translate('certificate', 'cli.approval', { exercise: pickText(a.title, language), mentor: a.mentor ?? translate('certificate', 'unknownMentor'), status: translate('certificate', `status.${a.status}`) });
          (a.status === 'verified' ? io.stdout : io.stderr)(`    ${line}\n`);
        }
        for (const s of r.reviews) {
          const out = s.status === 'verified' ? io.stdout : io.stderr;
          out(`    ${translate('certificate', 'cli.score', reviewParams(s, language))}\n`);
          if (s.criteria.length > 0) out(`      ${criteriaLine(s, language)}\n`);
        }
      }
      const good = results.filter(verified).length;
      io.stdout(translate('certificate', 'cli.totals', { valid: good, failed: results.length - good }) + '\n');
    }
    return results.every(verified) ? 0 : 1;
  });
}

function cellText(row: ClassRow, id: string): string {
  const status = row.exercises[id] ?? 'todo';
  const approval = row.approvals[id];
  const quiz = row.quizzes[id];
  const submission = row.submissions[id];
  const stage = submission && submission.stage !== 'todo' && submission.stage !== 'started' ? ` — ${translate('training', `submission.stage.${submission.stage === 'awaiting_review' || submission.stage === 'returned' ? `${submission.stage}Instructor` : submission.stage}`)}${submission.late ? ` (${translate('training', 'submission.late')})` : ''}` : '';
  const base = translate('trust', `cli.status.${status}`) + stage + (quiz && quiz.bestPercent !== null ? ` — ${translate('trust', 'cli.quizBest', { percent: quiz.bestPercent, count: quiz.attempts })}` : '');
  const withApproval = approval ? `${base} (${translate('trust', approval.status === 'verified' ? 'cli.approvalVerified' : 'cli.approvalUnverified')})` : base;
  const review = row.reviews[id];
  if (!review) return withApproval;
  const check = review.status === 'verified' ? translate('classview', 'cliScoreVerified', { mentor: review.mentor ?? '' }) : translate('classview', 'cliScoreUnverified');
  return `${withApproval} — ${translate('classview', 'cliScore', { total: review.total, max: review.maxTotal, verdict: translate('classview', `verdict.${review.verdict ?? 'none'}`), check })}`;
}

async function reportClass({ positionals: [packId], values: flags }: ArgsOf<'report class'>, io: CliIo): Promise<number> {
  return withBackend(io, async (b) => {
    const table = await call(b.handlers, 'course.classTable', { packId });
    if (flags.json) {
      io.stdout(JSON.stringify(table, null, 2) + '\n');
      return 0;
    }
    if (flags.csv) {
      io.stdout(classCsv(table));
      return 0;
    }
    if (table.rows.length === 0) {
      io.stdout(translate('trust', 'cli.classEmpty') + '\n');
      return 0;
    }
    for (const r of table.rows) {
      const signed = r.signedBy ? translate('trust', 'cli.signedBy', { fingerprint: r.signedBy.fingerprint }) : translate('trust', 'cli.notSigned');
      io.stdout(translate('trust', 'cli.classRow', { trainee: r.trainee, revision: r.revision, done: r.done, total: r.total, words: r.wordsWritten === null ? translate('common', 'counts.wordsWrittenUnknown') : counted('wordsWritten', r.wordsWritten), signed }) + '\n');
      for (const e of table.exercises) io.stdout(`    ${e.title.en}: ${cellText(r, e.id)}\n`);
      for (const x of r.removed) io.stdout(`    ${translate('trust', 'cli.removed', { id: x.id, status: translate('trust', `cli.status.${x.status}`) })}\n`);
      for (const c of r.otherClaims) io.stdout(`    ${translate('trust', 'cli.otherClaim', { fingerprint: c.fingerprint ?? translate('trust', 'cli.noKey'), count: c.reports })}\n`);
    }
    return 0;
  });
}

export const progressCommands = { report: progressReport, certificate: progressCertificate };
export const reportCommands = { import: reportImport, class: reportClass, verify: reportVerify };
