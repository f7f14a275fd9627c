/**
 * Which files in a class folder are ready to pick up. A class folder may be a USB stick, a network
 * share or a folder a sync tool keeps in step, so it holds files still being written (ours, or a
 * copy in progress) and the tools' own temporary files. Only a finished report qualifies: a name
 * no writer uses for work in progress, a report extension, and a size and mtime that have settled.
 */

/** One entry of a folder listing, as fs.stat gives it. */
export interface ListedFile {
  name: string;
  size: number;
  mtimeMs: number;
}

/**
 * Names that are work in progress or not ours: dot-files (our own temp names, `.syncthing.*.tmp`,
 * macOS `._` files, `.~lock.*#` of LibreOffice), Office's `~$` owner files, and the partial-download
 * endings of browsers, rsync-like tools and cloud drives.
 */
const IN_PROGRESS = [/^\./, /^~\$/, /^~lock/i, /\.tmp$/i, /\.temp$/i, /\.part$/i, /\.partial$/i, /\.crdownload$/i, /\.download$/i, /\.!sync$/i, /~$/];

/** A file that is (or may become) a report: the extensions importReports reads. */
const REPORT_NAME = /\.(naskahreport|json)$/i;

export function isInProgressName(name: string): boolean {
  return IN_PROGRESS.some((re) => re.test(name));
}

export function isReportName(name: string): boolean {
  return !isInProgressName(name) && REPORT_NAME.test(name);
}

/**
 * A PDF that may be a completion certificate (its signed report inside). Mentor notes PDFs sit in
 * the same folder; which PDF is a certificate only its content says (class-folder service).
 */
export function isPdfName(name: string): boolean {
  return !isInProgressName(name) && /\.pdf$/i.test(name);
}

/** A trainee's review bundle, for the mentor's poll. */
export function isBundleName(name: string): boolean {
  return !isInProgressName(name) && /\.naskahreview$/i.test(name);
}

/** A mentor's feedback file, for the trainee's poll. */
export function isFeedbackName(name: string): boolean {
  return !isInProgressName(name) && /\.naskahfeedback$/i.test(name);
}

/**
 * A file has settled when it looked the same at the previous poll, or when it has not been touched
 * for `settleMs` (so the first poll after start-up need not wait for a second one).
 */
export function hasSettled(file: ListedFile, previous: ListedFile | undefined, nowMs: number, settleMs: number): boolean {
  if (previous && previous.size === file.size && previous.mtimeMs === file.mtimeMs) return true;
  return nowMs - file.mtimeMs >= settleMs;
}

/** The same file as last time it was read (nothing to read again). */
export function sameListing(a: ListedFile, b: ListedFile | undefined): boolean {
  return b !== undefined && a.size === b.size && a.mtimeMs === b.mtimeMs;
}
