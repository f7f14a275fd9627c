/**
 * The report text of a file an instructor was sent: a .naskahreport as it is, or the signed report
 * inside a completion certificate PDF (sent base64), taken out in the PDF reader's worker under its
 * limits — a certificate arrives from outside and is untrusted input. A PDF without a report, or
 * one pdf.js cannot read, is refused by name.
 */
import { CERTIFICATE_REPORT_NAME } from '../../shared/course/certificate.ts';
import { extractInWorker, PDF_LIMITS, PDF_MAX_BYTES } from '../pdf-import/read-pdf.ts';

export interface ReportFile {
  fileName: string;
  content: string;
  /** base64: a certificate PDF; utf8 (the default): a report's JSON text. */
  encoding?: 'utf8' | 'base64';
}

type Problem = { code: string; params: Record<string, string | number> };

const PDF_MAGIC = Buffer.from('%PDF-');

export async function reportText(file: ReportFile): Promise<{ ok: true; content: string } | { ok: false; problem: Problem }> {
  if (file.encoding !== 'base64') return { ok: true, content: file.content };
  const bytes = Buffer.from(file.content, 'base64');
  const params = { file: file.fileName };
  if (!bytes.subarray(0, 1024).includes(PDF_MAGIC)) return { ok: false, problem: { code: 'certificate.not_pdf', params } };
  if (bytes.length > PDF_MAX_BYTES) return { ok: false, problem: { code: 'certificate.unreadable', params: { ...params, detail: `${bytes.length} bytes` } } };
  const extracted = await extractInWorker(bytes, PDF_LIMITS, CERTIFICATE_REPORT_NAME);
  if (!extracted.ok) return { ok: false, problem: { code: 'certificate.unreadable', params: { ...params, detail: extracted.detail } } };
  if (!extracted.content) return { ok: false, problem: { code: 'certificate.no_report', params } };
  return { ok: true, content: Buffer.from(extracted.content).toString('utf8') };
}
