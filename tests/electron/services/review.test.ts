/**
 * The review round-trip through the real services and a real SQLite file per side: a trainee's
 * data directory and a mentor's, exchanging only the files the contract hands out.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../../../electron/call.ts';
import { openBackend, type Backend } from '../../../electron/host.ts';
import { buildBundle, draftSha256, readBundle } from '../../../electron/review/bundle.ts';
import type { Input, MethodName } from '../../../shared/api.ts';
import { AppError } from '../../../shared/errors.ts';
import type { TextAnchor } from '../../../shared/review/anchor.ts';
import type { Screenplay } from '../../../shared/screenplay/model.ts';
import { mentorSigner } from '../../../electron/trust/role-keys.ts';
import { signJson } from '../../../electron/trust/signed-json.ts';
import { el, findById, insertedBefore, sampleScript, sceneMovedToEnd, withText, without } from '../../shared/review/fixtures.ts';

let dirs: string[] = [];
let open: Backend[] = [];

/** The PDF's text as a reader copies it (poppler's pdftotext). */
function pdfToText(bytes: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-notes-')), 'notes.pdf');
  fs.writeFileSync(file, bytes);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}

function backend(dir?: string): Backend {
  const dataDir = dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-review-'));
  if (!dir) dirs.push(dataDir);
  const b = openBackend(dataDir, 'cli', 'en-US');
  open.push(b);
  return b;
}

function close(b: Backend): void {
  b.close();
  open = open.filter((x) => x !== b);
}

/** The typed error a call is refused with (it must be refused). */
async function refusal<M extends MethodName>(b: Backend, method: M, input: Input<M>): Promise<{ code: string; params: Record<string, string | number> }> {
  const error = await call(b.handlers, method, input).then(
    () => null,
    (err: unknown) => err,
  );
  if (!(error instanceof AppError)) throw new Error(`${method} unexpectedly succeeded`);
  return error.toData();
}

/** Everything the library shows, to prove a refused file changed nothing. */
async function librarySnapshot(b: Backend) {
  const scripts = await call(b.handlers, 'library.list', { includeDeleted: true });
  const out: unknown[] = [];
  for (const s of scripts) {
    out.push(s, await call(b.handlers, 'draft.load', { scriptId: s.id }), await call(b.handlers, 'snapshot.list', { scriptId: s.id }));
    out.push(await call(b.handlers, 'review.listFeedback', { scriptId: s.id }), await call(b.handlers, 'review.listComments', { scriptId: s.id }));
  }
  return out;
}

async function traineeWithScript(script: Screenplay = sampleScript()) {
  const trainee = backend();
  await call(trainee.handlers, 'review.setIdentity', { traineeName: 'Dewi' });
  const created = await call(trainee.handlers, 'library.create', { title: 'Pulang' });
  await call(trainee.handlers, 'draft.save', { scriptId: created.id, screenplay: script });
  return { trainee, scriptId: created.id };
}

/** How pdfkit writes a non-ASCII annotation string: UTF-16BE bytes (the note's label has a "·"). */
function pdfText(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}

function textOf(script: Screenplay, id: string): string {
  return findById(script, id).text;
}

async function textComment(mentor: Backend, sessionId: string, script: Screenplay, elementId: string, quote: string, body: string, severity?: 'suggestion' | 'must_fix') {
  const start = textOf(script, elementId).indexOf(quote);
  return call(mentor.handlers, 'review.addComment', { sessionId, anchor: { kind: 'text', elementId, start, end: start + quote.length }, body, severity });
}

beforeEach(() => {
  dirs = [];
  open = [];
});

afterEach(() => {
  for (const b of open) b.close();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('review round-trip', () => {
  it('trainee exports, mentor comments and resumes, trainee imports into an edited draft', async () => {
    const frozen = sampleScript();
    const { trainee, scriptId } = await traineeWithScript(frozen);

    // Trainee: export a bundle. A named snapshot keeps what the mentor sees.
    const exported = await call(trainee.handlers, 'review.exportBundle', { scriptId, paper: 'a4' });
    expect(exported.file.fileName).toMatch(/^Dewi - Pulang - review \d{4}-\d\d-\d\d \d\d\.\d\d\.naskahreview$/);
    const snapshots = await call(trainee.handlers, 'snapshot.list', { scriptId });
    expect(snapshots.map((s) => s.id)).toContain(exported.snapshotId);
    expect(snapshots.find((s) => s.id === exported.snapshotId)?.name).toMatch(/^Review \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    const bundle = await readBundle(Buffer.from(exported.file.content, 'base64'));
    if (!bundle.ok) throw new Error(bundle.error.code);
    expect(bundle.value.meta).toMatchObject({ traineeName: 'Dewi', scriptTitle: 'Pulang', scriptId, snapshotId: exported.snapshotId, draftSha256: exported.draftSha256, exercise: null });
    expect(bundle.value.screenplay.elements.map((e) => e.id)).toEqual(frozen.elements.map((e) => e.id));

    // Mentor: open, comment, reply, give a verdict.
    const mentorDir = fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-mentor-'));
    dirs.push(mentorDir);
    let mentor = backend(mentorDir);
    await call(mentor.handlers, 'review.setIdentity', { reviewerName: 'Bu Ratna' });
    const opened = await call(mentor.handlers, 'review.openBundle', { content: exported.file.content });
    expect(opened).toMatchObject({ resumed: false, session: { traineeName: 'Dewi', scriptTitle: 'Pulang', reviewerName: 'Bu Ratna', commentCount: 0 } });
    const sessionId = opened.session.id;
    const c1 = await textComment(mentor, sessionId, frozen, 'a2', 'kios yang tutup', 'Kios apa? Sebutkan.', 'must_fix');
    expect(c1.anchor).toMatchObject({ kind: 'text', elementId: 'a2', quote: 'kios yang tutup', sceneHeadingText: 'EXT. PASAR - MALAM', sceneIndex: 1 });
    expect(c1.author).toBe('Bu Ratna');
    const c2 = await textComment(mentor, sessionId, frozen, 'd1', 'Ibu belum pulang juga?', 'Dialog ini terlalu lurus.');
    const c3 = await call(mentor.handlers, 'review.addComment', { sessionId, anchor: { kind: 'scene', elementId: 'd4' }, body: 'Adegan ini bisa dipotong.' });
    expect(c3.anchor).toMatchObject({ kind: 'scene', elementId: 'h3' });
    await call(mentor.handlers, 'review.addComment', { sessionId, anchor: { kind: 'general' }, body: 'Premis yang menarik.' });
    await call(mentor.handlers, 'review.addReply', { sessionId, commentId: c1.id, body: 'Misalnya kios jamu.' });
    await call(mentor.handlers, 'review.setRubric', { sessionId, approved: true, overall: 'Siap lanjut.' });
    expect((await refusal(mentor, 'review.addComment', { sessionId, anchor: { kind: 'text', elementId: 'zzz', start: 0, end: 1 }, body: 'x' })).code).toBe('review.bad_anchor');
    expect((await refusal(mentor, 'review.setRubric', { sessionId, scores: [{ criterionId: 'nope', score: 1, remark: '' }] })).code).toBe('review.bad_score');

    // Mentor work survives closing the app; opening the same bundle again resumes it.
    close(mentor);
    mentor = backend(mentorDir);
    const again = await call(mentor.handlers, 'review.openBundle', { content: exported.file.content });
    expect(again).toMatchObject({ resumed: true, session: { id: sessionId, commentCount: 4 } });
    const detail = await call(mentor.handlers, 'review.getSession', { sessionId });
    expect(detail.comments.map((c) => c.body)).toEqual(['Kios apa? Sebutkan.', 'Dialog ini terlalu lurus.', 'Adegan ini bisa dipotong.', 'Premis yang menarik.']);
    expect(detail.comments[0].replies.map((r) => r.body)).toEqual(['Misalnya kios jamu.']);
    expect(detail.review).toMatchObject({ approved: true, overall: 'Siap lanjut.', effectiveApproval: true });
    expect(detail.screenplay).toEqual(bundle.value.screenplay);
    expect((await call(mentor.handlers, 'review.listSessions', {})).map((s) => s.id)).toEqual([sessionId]);

    const feedback = await call(mentor.handlers, 'review.exportFeedback', { sessionId });
    // Named for the trainee it goes back to.
    expect(feedback.fileName).toMatch(/^Dewi - Pulang - feedback .*\.naskahfeedback$/);
    const parsedFeedback = JSON.parse(feedback.content);
    expect(parsedFeedback).toMatchObject({ format: 'naskah-feedback', feedbackId: sessionId, scriptId, draftSha256: exported.draftSha256, reviewer: { name: 'Bu Ratna' }, approved: true });

    // Trainee keeps writing: a new opening scene, the market line reworded, the market scene moved
    // to the end, the first dialogue deleted.
    let edited = insertedBefore(frozen, 'h1', el('n1', 'scene_heading', 'EXT. JALAN - SORE'), el('n2', 'action', 'Budi pulang sekolah.'));
    edited = withText(edited, 'a2', 'Hujan turun sangat deras. Ibu berlari di antara kios yang tutup, membawa kantong plastik.');
    edited = without(sceneMovedToEnd(edited, 'h2'), 'd1');
    await call(trainee.handlers, 'draft.save', { scriptId, screenplay: edited });

    const imported = await call(trainee.handlers, 'review.importFeedback', { scriptId, content: feedback.content });
    expect(imported).toMatchObject({ feedbackId: sessionId, reviewerName: 'Bu Ratna', added: 4, updated: 0, repliesAdded: 0, approved: true, progress: [] });
    expect(imported.placements).toMatchObject({ moved: 1, scene: 1, exact: 1, general: 1 });

    const comments = await call(trainee.handlers, 'review.listComments', { scriptId });
    const byBody = new Map(comments.map((c) => [c.body, c]));
    const onKios = byBody.get('Kios apa? Sebutkan.')!;
    expect(onKios.placement).toMatchObject({ status: 'moved', elementId: 'a2' });
    expect(textOf(edited, 'a2').slice(onKios.placement.start!, onKios.placement.end!)).toBe('kios yang tutup');
    expect(onKios).toMatchObject({ reviewerName: 'Bu Ratna', author: 'Bu Ratna', severity: 'must_fix', status: 'open' });
    expect(onKios.replies).toMatchObject([{ body: 'Misalnya kios jamu.', origin: 'mentor' }]);
    // The deleted line's comment is still there, on its scene.
    expect(byBody.get('Dialog ini terlalu lurus.')!.placement).toMatchObject({ status: 'scene', elementId: 'h1' });
    expect((byBody.get('Dialog ini terlalu lurus.')!.originalAnchor as TextAnchor).quote).toBe('Ibu belum pulang juga?');
    expect(byBody.get('Adegan ini bisa dipotong.')!.placement).toMatchObject({ status: 'exact', elementId: 'h3' });
    expect(byBody.get('Premis yang menarik.')!.placement.status).toBe('general');

    // The same file again: nothing duplicated.
    const twice = await call(trainee.handlers, 'review.importFeedback', { scriptId, content: feedback.content });
    expect(twice).toMatchObject({ added: 0, updated: 0, repliesAdded: 0, unchanged: 4 });
    expect(await call(trainee.handlers, 'review.listComments', { scriptId })).toHaveLength(4);

    // Trainee replies and resolves; the filter follows.
    await call(trainee.handlers, 'review.reply', { scriptId, feedbackId: sessionId, commentId: c1.id, body: 'Sudah saya ganti.' });
    const resolved = await call(trainee.handlers, 'review.resolve', { scriptId, feedbackId: sessionId, commentId: c1.id });
    expect(resolved).toMatchObject({ status: 'resolved' });
    expect(resolved.replies.map((r) => [r.origin, r.author, r.body])).toEqual([
      ['mentor', 'Bu Ratna', 'Misalnya kios jamu.'],
      ['trainee', 'Dewi', 'Sudah saya ganti.'],
    ]);
    expect((await call(trainee.handlers, 'review.listComments', { scriptId, status: 'open' })).map((c) => c.id)).not.toContain(c1.id);
    expect((await call(trainee.handlers, 'review.listComments', { scriptId, status: 'resolved' })).map((c) => c.id)).toEqual([c1.id]);

    // The mentor edits a comment and replies again: a newer export merges.
    await call(mentor.handlers, 'review.updateComment', { sessionId, commentId: c2.id, body: 'Dialog ini terlalu lurus; beri subteks.' });
    await call(mentor.handlers, 'review.addReply', { sessionId, commentId: c1.id, body: 'Bagus.' });
    const second = await call(mentor.handlers, 'review.exportFeedback', { sessionId });
    const merged = await call(trainee.handlers, 'review.importFeedback', { scriptId, content: second.content });
    expect(merged).toMatchObject({ added: 0, updated: 1, repliesAdded: 1 });
    const after = await call(trainee.handlers, 'review.listComments', { scriptId });
    expect(after).toHaveLength(4);
    expect(after.find((c) => c.id === c2.id)!.body).toBe('Dialog ini terlalu lurus; beri subteks.');
    // The trainee's resolution and reply survive the merge.
    const kiosAfter = after.find((c) => c.id === c1.id)!;
    expect(kiosAfter.status).toBe('resolved');
    expect(kiosAfter.replies.map((r) => r.body)).toEqual(['Misalnya kios jamu.', 'Sudah saya ganti.', 'Bagus.']);
    expect(await call(trainee.handlers, 'review.listFeedback', { scriptId })).toMatchObject([{ feedbackId: sessionId, commentCount: 4, openCount: 3, approved: true, overall: 'Siap lanjut.' }]);

    // The next bundle carries the trainee's answers back: the resolved comment as a thread, with
    // every reply; comments the trainee left alone stay out.
    const next = await call(trainee.handlers, 'review.exportBundle', { scriptId });
    const reopened = await call(mentor.handlers, 'review.openBundle', { content: next.file.content });
    expect(reopened.resumed).toBe(false);
    const nextDetail = await call(mentor.handlers, 'review.getSession', { sessionId: reopened.session.id });
    expect(nextDetail.meta.formatVersion).toBe(2);
    expect(nextDetail.meta.responses).toEqual([
      expect.objectContaining({
        feedbackId: sessionId,
        commentId: c1.id,
        status: 'resolved',
        body: c1.body,
        replies: [
          expect.objectContaining({ origin: 'mentor', author: 'Bu Ratna', body: 'Misalnya kios jamu.' }),
          expect.objectContaining({ origin: 'trainee', author: 'Dewi', body: 'Sudah saya ganti.' }),
          expect.objectContaining({ origin: 'mentor', author: 'Bu Ratna', body: 'Bagus.' }),
        ],
      }),
    ]);
    await call(mentor.handlers, 'review.deleteSession', { sessionId: reopened.session.id });

    // Both sides can print the draft with numbered notes.
    const prints = [
      await call(trainee.handlers, 'review.exportPdfWithNotes', { scriptId, status: 'all' }),
      await call(mentor.handlers, 'review.exportPdfWithNotes', { sessionId }),
    ];
    for (const pdf of prints) {
      const bytes = Buffer.from(pdf.content, 'base64');
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.fileName).toMatch(/^Dewi - Pulang - notes .*\.pdf$/);
      // Margin notes are also real PDF comments (annotations) carrying the note's text.
      expect(bytes.includes(Buffer.from('/Subtype /Text'))).toBe(true);
      expect(bytes.includes(pdfText('Kios apa? Sebutkan.'))).toBe(true);
      // The verdict and the overall note head the notes list, on both sides.
      const text = pdfToText(bytes);
      expect(text).toMatch(/Verdict and rubric\s+Bu Ratna: Approved\s+Siap lanjut\.\s+Review notes/);
    }
  });
});

describe('mentor rubric', () => {
  it('scores a rubric from the bundle, merges scores by criterion and derives approval from the passing score', async () => {
    const script = sampleScript();
    const zip = await buildBundle({
      screenplay: script,
      pdf: new Uint8Array(0),
      meta: {
        format: 'naskah-review',
        formatVersion: 1,
        appVersion: '0.1.0',
        createdAt: '2025-02-03T04:05:06.000Z',
        traineeName: 'Dewi',
        scriptTitle: 'Pulang',
        scriptId: 'script_1',
        snapshotId: 'snap_1',
        draftSha256: draftSha256(script),
        exercise: { packId: 'naskah.sample', packVersion: '1.0.0', exerciseId: 'scene-1', exerciseTitle: { en: 'A scene', id: 'Sebuah adegan' }, completionRule: 'mentor_approved' },
        checks: [{ id: 'page-range', passed: true }],
        rubric: {
          criteria: [
            { id: 'format', title: { en: 'Format', id: 'Format' }, maxScore: 5 },
            { id: 'story', title: { en: 'Story', id: 'Cerita' }, maxScore: 5 },
          ],
          passingScore: 7,
        },
      },
    });
    const mentor = backend();
    const { session } = await call(mentor.handlers, 'review.openBundle', { content: zip.toString('base64') });
    const first = await call(mentor.handlers, 'review.setRubric', { sessionId: session.id, scores: [{ criterionId: 'story', score: 4, remark: 'Konflik jelas.' }] });
    expect(first).toMatchObject({ approved: null, effectiveApproval: null });
    const second = await call(mentor.handlers, 'review.setRubric', { sessionId: session.id, scores: [{ criterionId: 'format', score: 3, remark: '' }], reviewerName: 'Pak Budi' });
    expect(second).toMatchObject({ reviewerName: 'Pak Budi', effectiveApproval: true });
    expect(second.scores.map((s) => s.criterionId)).toEqual(['format', 'story']);
    expect((await refusal(mentor, 'review.setRubric', { sessionId: session.id, scores: [{ criterionId: 'format', score: 6, remark: '' }] })).code).toBe('review.bad_score');
    // The notes PDF carries every criterion's score and remark, the total and the verdict the pass mark gives.
    const print = await call(mentor.handlers, 'review.exportPdfWithNotes', { sessionId: session.id });
    const text = pdfToText(Buffer.from(print.content, 'base64'));
    expect(text).toMatch(/Verdict and rubric\s+Pak Budi: Approved\s+Format: 3\/5\s+Story: 4\/5\s+Konflik jelas\.\s+Total: 7\/10/);
    expect(print.fileName).toMatch(/^Dewi - Pulang - notes /);
    const detail = await call(mentor.handlers, 'review.getSession', { sessionId: session.id });
    expect(detail.meta.exercise).toMatchObject({ exerciseId: 'scene-1', completionRule: 'mentor_approved' });
    expect(detail.rubric?.criteria).toHaveLength(2);
    const feedback = JSON.parse((await call(mentor.handlers, 'review.exportFeedback', { sessionId: session.id })).content);
    expect(feedback).toMatchObject({ reviewer: { name: 'Pak Budi' }, approved: null, rubric: { passingScore: 7 }, scores: [{ criterionId: 'format', score: 3 }, { criterionId: 'story', score: 4 }] });
    await call(mentor.handlers, 'review.deleteSession', { sessionId: session.id });
    expect(await call(mentor.handlers, 'review.listSessions', {})).toEqual([]);
  });
});

describe('review bundle export', () => {
  it('gives a draft saved without element ids its ids, and keeps them in the working draft', async () => {
    const bare = { ...sampleScript(), elements: sampleScript().elements.map(({ id: _id, ...rest }) => rest) };
    const { trainee, scriptId } = await traineeWithScript(bare);
    const exported = await call(trainee.handlers, 'review.exportBundle', { scriptId });
    const bundle = await readBundle(Buffer.from(exported.file.content, 'base64'));
    if (!bundle.ok) throw new Error(bundle.error.code);
    const draft = await call(trainee.handlers, 'draft.load', { scriptId });
    expect(draft.screenplay.elements.every((e) => e.id)).toBe(true);
    expect(draft.screenplay).toEqual(bundle.value.screenplay);
    const snap = await call(trainee.handlers, 'snapshot.load', { id: exported.snapshotId });
    expect(snap.screenplay).toEqual(bundle.value.screenplay);
  });

  it('names the snapshot in the user language', async () => {
    const { trainee, scriptId } = await traineeWithScript();
    await call(trainee.handlers, 'settings.set', { language: 'id' });
    const exported = await call(trainee.handlers, 'review.exportBundle', { scriptId });
    const snap = await call(trainee.handlers, 'snapshot.load', { id: exported.snapshotId });
    expect(snap.snapshot.name).toMatch(/^Tinjauan \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  });
});

describe('review: bad input changes nothing', () => {
  it('refuses feedback for another script, for an unknown draft, and broken feedback', async () => {
    const { trainee, scriptId } = await traineeWithScript();
    const exported = await call(trainee.handlers, 'review.exportBundle', { scriptId });
    const mentor = backend();
    const { session } = await call(mentor.handlers, 'review.openBundle', { content: exported.file.content });
    await textComment(mentor, session.id, sampleScript(), 'a1', 'Lampu berkedip.', 'Bagus.');
    const feedback = (await call(mentor.handlers, 'review.exportFeedback', { sessionId: session.id })).content;

    const other = await call(trainee.handlers, 'library.create', { title: 'Lain' });
    const before = await librarySnapshot(trainee);
    const wrong = await refusal(trainee, 'review.importFeedback', { scriptId: other.id, content: feedback });
    expect(wrong).toEqual({ code: 'review.wrong_script', params: { fileTitle: 'Pulang', title: 'Lain' } });

    // Changed after the mentor signed it: refused before anything it says is believed.
    const otherDraft = JSON.stringify({ ...JSON.parse(feedback), draftSha256: 'b'.repeat(64) });
    expect((await refusal(trainee, 'review.importFeedback', { scriptId, content: otherDraft })).code).toBe('trust.feedback_bad_signature');
    // Signed by the mentor, but for a draft this script never sent.
    const { signature: _s, ...unsigned } = { ...JSON.parse(feedback), draftSha256: 'b'.repeat(64) };
    const signedOther = JSON.stringify(signJson('feedback', unsigned, mentorSigner(mentor.ctx.dataDir)));
    expect((await refusal(trainee, 'review.importFeedback', { scriptId, content: signedOther })).code).toBe('review.unknown_draft');
    expect((await refusal(trainee, 'review.importFeedback', { scriptId, content: feedback.slice(0, 200) })).code).toBe('review.feedback_not_json');
    expect((await refusal(trainee, 'review.importFeedback', { scriptId, content: '{"format":"naskah-feedback","formatVersion":1}' })).code).toBe('review.feedback_invalid');
    expect((await refusal(trainee, 'review.importFeedback', { scriptId, content: 'x'.repeat(10 * 1024 * 1024 + 1) })).code).toBe('review.file_too_large');
    expect((await refusal(trainee, 'review.importFeedback', { scriptId: 'no-such-script', content: feedback })).code).toBe('library.not_found');
    expect(await librarySnapshot(trainee)).toEqual(before);
  });

  it('refuses corrupt and hostile bundles without creating a session', async () => {
    const { trainee, scriptId } = await traineeWithScript();
    const exported = await call(trainee.handlers, 'review.exportBundle', { scriptId });
    const mentor = backend();
    const bytes = Buffer.from(exported.file.content, 'base64');
    const truncated = bytes.subarray(0, bytes.length - 40).toString('base64');
    expect((await refusal(mentor, 'review.openBundle', { content: truncated })).code).toBe('review.bundle_not_zip');
    expect((await refusal(mentor, 'review.openBundle', { content: Buffer.from('hello').toString('base64') })).code).toBe('review.bundle_not_zip');
    expect((await refusal(mentor, 'review.openBundle', { content: 'A'.repeat(90_000_000) })).code).toBe('review.bundle_too_large');
    expect(await call(mentor.handlers, 'review.listSessions', {})).toEqual([]);
    expect((await refusal(mentor, 'review.getSession', { sessionId: 'nope' })).code).toBe('review.session_not_found');
  });

  it('exporting a bundle of an unknown script changes nothing', async () => {
    const { trainee } = await traineeWithScript();
    const before = await librarySnapshot(trainee);
    expect((await refusal(trainee, 'review.exportBundle', { scriptId: 'missing' })).code).toBe('library.not_found');
    expect(await librarySnapshot(trainee)).toEqual(before);
  });
});
