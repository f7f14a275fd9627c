/** File names and MIME types of review files, and their date stamps. */
import { safeFileName } from '../services/export.ts';

export const BUNDLE_EXTENSION = 'naskahreview';
export const FEEDBACK_EXTENSION = 'naskahfeedback';
export const BUNDLE_MIME = 'application/vnd.naskah.review+zip';
export const FEEDBACK_MIME = 'application/vnd.naskah.feedback+json';

/** "2025-03-14 09:30" from an ISO time (UTC, like every stored time). */
export function stamp(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ');
}

/**
 * "Dewi Lestari - Pulang - review 2025-03-14 09.30.naskahreview": the trainee's name comes first, so
 * a mentor's downloads folder (or a class folder) full of bundles sorts and reads by who sent what.
 * No name (never set) leaves just the title.
 */
export function reviewFileName(title: string, kind: 'review' | 'feedback' | 'notes', iso: string, traineeName = ''): string {
  const ext = kind === 'review' ? BUNDLE_EXTENSION : kind === 'feedback' ? FEEDBACK_EXTENSION : 'pdf';
  const who = traineeName.trim();
  // Colons are not allowed in Windows file names.
  return safeFileName(`${who ? `${who} - ` : ''}${title} - ${kind} ${stamp(iso).replace(':', '.')}`, ext);
}
