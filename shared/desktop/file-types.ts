/**
 * The files Naskah opens when the system hands them over (double-click, "Open with", the dock or
 * taskbar, a second launch's arguments) or when they are dropped on the window, and what each
 * one does. electron-builder.yml declares exactly SYSTEM_FILE_TYPES (tests/electron/desktop/electron-builder.test.ts
 * compares the two); .json, .txt and .pdf are read by the CLI and the Import… button, but the
 * system must never send them to Naskah — a .pdf screenplay is accepted only when dropped.
 */
import { REPORT_MAX_BYTES } from '../course/report.ts';
import { PACK_LIMITS } from '../course/limits.ts';
import { REVIEW_LIMITS } from '../review/limits.ts';

export type OpenKind = 'script' | 'pack' | 'review' | 'feedback' | 'report';

export interface FileType {
  /** Without the dot, lower case. */
  ext: string;
  kind: OpenKind;
  /** The largest file read for this kind: the contract method's own limit on the decoded bytes. */
  maxBytes: number;
}

export interface SystemFileType extends FileType {
  /** The document type's name in the system's file manager (English: installers are not translated). */
  name: string;
  /** Linux shared-mime-info type, declared by the .deb and AppImage. */
  mimeType: string;
  /** assets/icons/<icon>.icns|.ico: the document icon Finder and Explorer show (scripts/make-icons.ts). */
  icon: string;
}

const MiB = 1024 * 1024;
/** library.import takes at most 20,000,000 characters; a PDF travels as base64 (4 characters per 3 bytes). */
const SCRIPT_MAX_BYTES = 15 * MiB;
/** review.openBundle takes 90,000,000 base64 characters. */
const BUNDLE_MAX_BYTES = 64 * MiB;

export const SYSTEM_FILE_TYPES: readonly SystemFileType[] = [
  { ext: 'fountain', kind: 'script', name: 'Fountain screenplay', mimeType: 'text/x-fountain', icon: 'doc-fountain', maxBytes: SCRIPT_MAX_BYTES },
  { ext: 'fdx', kind: 'script', name: 'Final Draft screenplay', mimeType: 'application/x-fdx', icon: 'doc-fdx', maxBytes: SCRIPT_MAX_BYTES },
  { ext: 'naskahpack', kind: 'pack', name: 'Naskah course pack', mimeType: 'application/x-naskah-pack', icon: 'doc-pack', maxBytes: PACK_LIMITS.maxTotalBytes },
  { ext: 'naskahreview', kind: 'review', name: 'Naskah review bundle', mimeType: 'application/x-naskah-review', icon: 'doc-review', maxBytes: BUNDLE_MAX_BYTES },
  { ext: 'naskahfeedback', kind: 'feedback', name: 'Naskah mentor feedback', mimeType: 'application/x-naskah-feedback', icon: 'doc-feedback', maxBytes: REVIEW_LIMITS.feedbackBytes },
  { ext: 'naskahreport', kind: 'report', name: 'Naskah progress report', mimeType: 'application/x-naskah-report', icon: 'doc-report', maxBytes: REPORT_MAX_BYTES },
];

/** Dropped on the window only: PDF import reads a screenplay PDF, but Naskah is no PDF viewer. */
const DROP_ONLY_TYPES: readonly FileType[] = [
  { ext: 'pdf', kind: 'script', maxBytes: SCRIPT_MAX_BYTES },
];

export type OpenVia = 'system' | 'drop';

export function extensionOf(fileName: string): string {
  return /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
}

/** The file type a name stands for, by the way it arrived; undefined when Naskah does not open it that way. */
export function fileTypeOf(fileName: string, via: OpenVia): FileType | undefined {
  const ext = extensionOf(fileName);
  const types = via === 'system' ? SYSTEM_FILE_TYPES : [...SYSTEM_FILE_TYPES, ...DROP_ONLY_TYPES];
  return types.find((t) => t.ext === ext);
}

/** For messages: ".fountain, .fdx, …" in the order above. */
export function acceptedExtensions(via: OpenVia): string {
  const types = via === 'system' ? SYSTEM_FILE_TYPES : [...SYSTEM_FILE_TYPES, ...DROP_ONLY_TYPES];
  return types.map((t) => `.${t.ext}`).join(', ');
}
