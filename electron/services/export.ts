/** Turns a screenplay into a downloadable file payload in any export format. */
import type { ExportFormat, FilePayload } from '../../shared/api/library.ts';
import type { Screenplay } from '../../shared/screenplay/model.ts';
import { renderPdf } from '../pdf/render.ts';
import { automaticContdFor } from '../../shared/screenplay/layout/print-profile.ts';

const MIME: Record<ExportFormat, string> = {
  fountain: 'text/plain; charset=utf-8',
  fdx: 'application/xml',
  json: 'application/json',
  pdf: 'application/pdf',
};

/** A file name safe on every OS, from the script title. */
export function safeFileName(title: string, ext: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not carry
  const base = title.normalize('NFKC').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120);
  return `${base || 'script'}.${ext}`;
}

/** What a writer may choose for a PDF; unset means the defaults (title page when there is one, no scene numbers). */
export interface PdfChoices {
  titlePage?: boolean;
  sceneNumbers?: boolean;
  /** Automatic (CONT'D) for this export (PDF, and what an FDX tells Final Draft). */
  automaticContd?: boolean;
  /** The app's setting, for scripts that do not carry their own. */
  defaultAutomaticContd?: boolean;
  /** PDF: only the pages holding revised text. */
  revisedOnly?: boolean;
}

export async function exportScript(
  script: Screenplay,
  title: string,
  format: ExportFormat,
  paper: 'letter' | 'a4',
  pdf: PdfChoices = {},
): Promise<FilePayload> {
  const fileName = safeFileName(title, format);
  if (format === 'pdf') {
    const titlePage = (pdf.titlePage ?? true) && script.titlePage.length > 0;
    const bytes = await renderPdf(script, { paper, titlePage, sceneNumbers: pdf.sceneNumbers ?? false, automaticContd: pdf.automaticContd, defaultAutomaticContd: pdf.defaultAutomaticContd, revisedOnly: pdf.revisedOnly });
    return { fileName, mimeType: MIME.pdf, encoding: 'base64', content: Buffer.from(bytes).toString('base64') };
  }
  // Final Draft marks the automatic CONT'D in its settings, never in the text. Text writers load
  // when used, so that a PDF export (the CLI's most common) loads none of them.
  const content =
    format === 'fdx'
      ? (await import('../../shared/screenplay/fdx/write.ts')).writeFdx(script, { automaticContd: automaticContdFor(script.layout, pdf) })
      : (await import('../../shared/screenplay/formats.ts')).writeScriptText(script, format);
  return { fileName, mimeType: MIME[format], encoding: 'utf8', content };
}
