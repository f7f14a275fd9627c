/**
 * One opened file → the app's action, the same for a file the system handed over (double-click,
 * "Open with", a second launch; Electron only) and a file dropped on the window (browser mode
 * too): a script is imported (or its earlier import shown), a pack inspected, a review bundle
 * opened as mentor, feedback or a progress report imported. Every check is made here once, so
 * both ways of arriving answer the same translated errors.
 */
import type { InspectResult } from '../../shared/api/course.ts';
import type { ImportResult } from '../../shared/api/review.ts';
import type { Input, MethodName, Output } from '../../shared/api.ts';
import { fileTypeOf, acceptedExtensions, type OpenVia } from '../../shared/desktop/file-types.ts';
import type { IncomingFile } from '../../shared/desktop/open-request.ts';
import { AppError } from '../../shared/errors.ts';
import { parseFeedback } from '../../shared/review/feedback.ts';
import { decodeScriptBytes } from '../../shared/screenplay/decode-text.ts';
import { isPdfFileName } from '../../shared/screenplay/formats.ts';
import { fileToBase64 } from '../ui/file-base64.ts';

export type Invoke = <M extends MethodName>(method: M, input: Input<M>) => Promise<Output<M>>;

export type OpenOutcome =
  | { kind: 'script'; scriptId: string; title: string; reused: boolean; fileName: string }
  | { kind: 'pack'; fileName: string; content: string; result: InspectResult }
  | { kind: 'review'; sessionId: string; resumed: boolean }
  | { kind: 'feedback'; scriptId: string; title: string; result: ImportResult }
  | { kind: 'report'; packId: string; trainee: string; status: 'added' | 'duplicate' };

const MB = 1024 * 1024;

function utf8(file: IncomingFile): string {
  return new TextDecoder().decode(file.bytes).replace(/^\uFEFF/, '');
}

function scriptText(file: IncomingFile): string {
  const text = decodeScriptBytes(file.bytes, file.fileName);
  if (!text.ok) throw new AppError(text.error.code, text.error.params);
  return text.value;
}

const base64 = (file: IncomingFile) => fileToBase64(new Blob([file.bytes as Uint8Array<ArrayBuffer>]));

export async function openFile(file: IncomingFile, via: OpenVia, invoke: Invoke): Promise<OpenOutcome> {
  const type = fileTypeOf(file.fileName, via);
  if (!type) throw new AppError('desktop.unsupported_file', { file: file.fileName, accepted: acceptedExtensions(via) });
  if (file.bytes.length > type.maxBytes) {
    throw new AppError('desktop.too_large', { file: file.fileName, size: Math.ceil(file.bytes.length / MB), limit: Math.ceil(type.maxBytes / MB) });
  }
  switch (type.kind) {
    case 'script': {
      const content = isPdfFileName(file.fileName) ? await base64(file) : scriptText(file);
      const { script, reused } = await invoke('desktop.openScript', { fileName: file.fileName, content, source: file.source });
      return { kind: 'script', scriptId: script.id, title: script.title, reused, fileName: file.fileName };
    }
    case 'pack': {
      const content = await base64(file);
      return { kind: 'pack', fileName: file.fileName, content, result: await invoke('course.inspect', { fileName: file.fileName, content }) };
    }
    case 'review': {
      const { session, resumed } = await invoke('review.openBundle', { content: await base64(file), fileName: file.fileName });
      return { kind: 'review', sessionId: session.id, resumed };
    }
    case 'feedback': {
      const content = utf8(file);
      // The file names the script it reviews; the import itself checks signature, script and draft.
      const parsed = parseFeedback(content, file.bytes.length);
      if (!parsed.ok) throw new AppError(parsed.error.code, parsed.error.params);
      const result = await invoke('review.importFeedback', { scriptId: parsed.value.scriptId, content, fileName: file.fileName });
      return { kind: 'feedback', scriptId: parsed.value.scriptId, title: parsed.value.scriptTitle, result };
    }
    case 'report': {
      const reply = await invoke('course.importReports', { files: [{ fileName: file.fileName, content: utf8(file) }] });
      const refused = reply.refused[0];
      if (refused) throw new AppError(refused.problem.code, refused.problem.params);
      const accepted = reply.accepted[0];
      return { kind: 'report', packId: accepted.packId, trainee: accepted.trainee, status: accepted.status };
    }
  }
}
