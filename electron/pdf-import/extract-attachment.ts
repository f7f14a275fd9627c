/**
 * One embedded file of a PDF, by name, with pdf.js — the signed progress report a completion
 * certificate carries (electron/course/certificate-pdf.ts). Runs inside pdf-worker.ts like the text
 * extraction: a certificate arrives from a trainee and is untrusted input.
 */
import { getDocumentProxy } from 'unpdf';

/** What a certificate may carry: a report is at most a few MB (REPORT_MAX_BYTES). */
const MAX_ATTACHMENT_BYTES = 8 * 1024 * 1024;

export type ExtractedAttachment = { ok: true; content: Uint8Array | null } | { ok: false; code: 'bad_pdf' | 'pdf_too_complex'; detail: string } | { ok: false; code: 'pdf_bomb' | 'pdf_bomb_total'; limitMb: number; detail: string };

export async function extractAttachment(bytes: Uint8Array, name: string): Promise<ExtractedAttachment> {
  try {
    const doc = await getDocumentProxy(bytes, { useSystemFonts: false, verbosity: 0 });
    // pdf.js lists the embedded files by their name-tree key (a Map in pdf.js 5, an object before)
    // and reads one's bytes only when asked.
    const listed = (await doc.getAttachments()) as Map<string, { filename?: string }> | Record<string, { filename?: string }> | null;
    const entries = listed instanceof Map ? [...listed.entries()] : Object.entries(listed ?? {});
    const key = entries.find(([, a]) => a?.filename === name)?.[0];
    if (key === undefined) return { ok: true, content: null };
    const content = (await doc.getAttachmentContent(key)) as Uint8Array | null;
    if (!content) return { ok: true, content: null };
    if (content.length > MAX_ATTACHMENT_BYTES) return { ok: false, code: 'pdf_too_complex', detail: 'attachment too large' };
    return { ok: true, content };
  } catch (err) {
    return { ok: false, code: 'bad_pdf', detail: String((err as Error)?.message ?? err).replace(/\s+/g, ' ').slice(0, 200) };
  }
}
