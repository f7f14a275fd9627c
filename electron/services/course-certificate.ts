/**
 * Completion certificates (issue 13, deliver 9). The trainee's app issues one when every item of
 * a course is done: a bilingual PDF whose page names the mentors' approvals and the installation
 * key, and which carries the signed progress report it was made from. On the instructor's side a
 * certificate is a report like any other: electron/course/certificate-read.ts takes the report out
 * of the PDF, and the report import and verification judge it with the very checks a .naskahreport
 * gets.
 */
import type { FilePayload } from '../../shared/api/library.ts';
import { certificateContent, completion } from '../../shared/course/certificate.ts';
import { AppError } from '../../shared/errors.ts';
import { nameKey } from '../../shared/trust/names.ts';
import { renderCertificate } from '../course/certificate-pdf.ts';
import { checkApproval } from '../trust/approvals.ts';
import { checkReviewScore } from '../trust/review-scores.ts';
import { fingerprint } from '../trust/ed25519.ts';
import type { ServiceContext } from './context.ts';
import { buildReport } from './course-reports.ts';
import { requirePack } from './course-progress.ts';
import { currentSettings } from './settings.ts';

export async function certificatePdf(ctx: ServiceContext, packId: string, trainee: string): Promise<FilePayload> {
  const manifest = requirePack(ctx, packId);
  const report = buildReport(ctx, packId, trainee);
  const { done, total, complete } = completion(report);
  if (!complete) throw new AppError('certificate.incomplete', { done, total });
  const settings = currentSettings(ctx);
  const content = certificateContent({
    report,
    manifest,
    ui: settings.language,
    fingerprint,
    checkApproval: (approval, exerciseId) => {
      const checked = checkApproval(approval, { manifest, exerciseId, traineeKey: report.signature.key });
      const key = (approval as { signature?: { key?: string } } | null)?.signature?.key;
      return { status: checked.status, mentor: checked.mentor, mentorFingerprint: typeof key === 'string' && checked.mentor ? fingerprint(key) : null };
    },
    checkReview: (card, exerciseId) => checkReviewScore(card, { manifest, exerciseId, traineeKey: report.signature.key }),
  });
  const bytes = await renderCertificate(content, JSON.stringify(report, null, 2) + '\n', { paper: settings.paper });
  const name = nameKey(report.trainee).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'trainee';
  return { fileName: `certificate-${name}-${manifest.id}.pdf`, mimeType: 'application/pdf', encoding: 'base64', content: Buffer.from(bytes).toString('base64') };
}
