/**
 * The completion certificate as PDF bytes: one page in two languages (shared/course/certificate.ts
 * decides what it says), drawn in the app's own fonts with their fallbacks, so a trainee's name in
 * Hangul prints as Hangul. Mentors' rubric scores are listed under the approvals. The signed progress report it was made from is attached to the PDF as
 * an embedded file: the page is for people, the attachment for `naskah report verify`, which checks
 * the installation's signature and each mentor's approval in it. Changing the page's text does not
 * change the attachment, and the attachment is what is verified.
 */
import PDFDocument from 'pdfkit';
import { CERTIFICATE_REPORT_NAME, type CertificateContent } from '../../shared/course/certificate.ts';
import { LOCALES, type Language } from '../../shared/i18n/languages.ts';
import { pickText } from '../../shared/i18n/pick-text.ts';
import { REPORT_MIME } from '../../shared/course/report.ts';
import type { MarkStyle } from '../../shared/screenplay/model.ts';
import { translate } from '../i18n.ts';
import { criteriaLine, reviewParams } from './review-lines.ts';
import { setDocumentFallbackOrder } from '../pdf/fonts.ts';
import { drawStyled, styledWidth, wrapStyled } from '../pdf/mixed-text.ts';
import { registerFonts } from '../pdf/render.ts';

const PAPER: Record<'letter' | 'a4', [number, number]> = { letter: [612, 792], a4: [595.28, 841.89] };
const MARGIN = 72;

function dateIn(iso: string, language: Language): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString(LOCALES[language], { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

export async function renderCertificate(c: CertificateContent, signedReport: string, options: { paper: 'letter' | 'a4' }): Promise<Uint8Array> {
  const [first, second] = c.languages;
  const t = (language: Language, key: string, params: Record<string, string | number> = {}) => translate('certificate', key, params, language);
  const size = PAPER[options.paper];
  const doc = new PDFDocument({
    size,
    margin: MARGIN,
    info: { Title: `${t(first, 'title')} — ${c.trainee}`, Subject: pickText(c.course, first), Creator: 'Naskah' },
  });
  registerFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });

  // A double rule around the page, as printed certificates have.
  doc.save().lineWidth(1.5).rect(36, 36, size[0] - 72, size[1] - 72).stroke().lineWidth(0.5).rect(41, 41, size[0] - 82, size[1] - 82).stroke().restore();
  const width = size[0] - 2 * MARGIN;
  let y = MARGIN + 12;
  const line = (text: string, sizePt: number, opts: { bold?: boolean; italic?: boolean; align?: 'center' | 'left'; gap?: number } = {}) => {
    const styles: MarkStyle[] = [...(opts.bold ? (['bold'] as const) : []), ...(opts.italic ? (['italic'] as const) : [])];
    doc.fontSize(sizePt);
    for (const part of wrapStyled(doc, { text, marks: [] }, width, styles)) {
      const x = opts.align === 'left' ? MARGIN : MARGIN + (width - styledWidth(doc, part, styles)) / 2;
      drawStyled(doc, part, x, y, sizePt, styles);
      y += sizePt * 1.25;
    }
    y += opts.gap ?? 0;
  };
  // Both languages of one label: the first as the line, the second smaller under it.
  const pair = (key: string, sizePt: number, params: Record<string, string | number> = {}, gap = 6) => {
    line(t(first, key, params), sizePt, { bold: sizePt >= 14 });
    line(t(second, key, params), Math.max(8, sizePt * 0.7), { italic: true, gap });
  };

  const allText = [c.trainee, ...c.languages.flatMap((l) => [pickText(c.course, l), ...c.modules.map((m) => pickText(m.title, l)), ...c.approvals.map((a) => pickText(a.exercise, l)), ...c.scores.flatMap((s) => [pickText(s.title, l), ...s.criteria.map((k) => (k.label ? pickText(k.label, l) : ''))])]), ...c.approvals.map((a) => a.mentor ?? ''), ...c.scores.map((s) => s.mentor ?? '')].join('\n');
  setDocumentFallbackOrder(doc, allText);

  pair('title', 24, {}, 18);
  pair('certifies', 11, {}, 8);
  line(c.trainee, 22, { bold: true, gap: 10 });
  pair('completed', 11, {}, 8);
  line(pickText(c.course, first), 16, { bold: true });
  if (pickText(c.course, second) !== pickText(c.course, first)) line(pickText(c.course, second), 12, { italic: true });
  y += 6;
  line(`${t(first, 'edition', { version: c.version, revision: c.revision, date: dateIn(c.completedAt, first) })}`, 10);
  line(`${t(second, 'edition', { version: c.version, revision: c.revision, date: dateIn(c.completedAt, second) })}`, 8, { italic: true, gap: 16 });

  line(`${t(first, 'modules')} / ${t(second, 'modules')}`, 11, { bold: true, align: 'left', gap: 2 });
  for (const m of c.modules) {
    const title = pickText(m.title, first) === pickText(m.title, second) ? pickText(m.title, first) : `${pickText(m.title, first)} / ${pickText(m.title, second)}`;
    line(`• ${title} — ${t(first, 'moduleItems', { lessons: m.lessons, exercises: m.exercises })}`, 9, { align: 'left' });
  }
  y += 10;
  if (c.approvals.length > 0) {
    line(`${t(first, 'approvals')} / ${t(second, 'approvals')}`, 11, { bold: true, align: 'left', gap: 2 });
    for (const a of c.approvals) {
      const status = t(first, `status.${a.status}`);
      const mentor = a.mentor ?? t(first, 'unknownMentor');
      const key = a.mentorFingerprint ? ` (${a.mentorFingerprint})` : '';
      line(`• ${pickText(a.exercise, first)} — ${mentor}${key}, ${dateIn(a.approvedAt, first)}: ${status}`, 9, { align: 'left' });
    }
    y += 10;
  }
  if (c.scores.length > 0) {
    line(`${t(first, 'scores')} / ${t(second, 'scores')}`, 11, { bold: true, align: 'left', gap: 2 });
    for (const s of c.scores) {
      line(`• ${t(first, 'score', { ...reviewParams(s, first), date: dateIn(s.reviewedAt, first) })}`, 9, { align: 'left' });
      if (s.criteria.length > 0) line(`   ${criteriaLine(s, first)}`, 8, { align: 'left' });
    }
    y += 10;
  }

  // The verification block sits at the foot of the page, whatever the list above took.
  y = Math.max(y, size[1] - MARGIN - 5 * 10);
  for (const language of c.languages) {
    line(t(language, 'signedBy', { fingerprint: c.signedBy }) + (c.publisher ? ` ${t(language, 'publisher', { fingerprint: c.publisher })}` : ''), 8, { align: 'left' });
    line(t(language, 'verify', { file: CERTIFICATE_REPORT_NAME }), 8, { align: 'left', gap: 4 });
  }

  doc.file(Buffer.from(signedReport, 'utf8'), {
    name: CERTIFICATE_REPORT_NAME,
    type: REPORT_MIME,
    description: t(first, 'attachment'),
    creationDate: new Date(c.issuedAt),
    modifiedDate: new Date(c.issuedAt),
  });
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
