/**
 * Files arriving at the window — from the system through the desktop host's "open-file" event,
 * or dropped on the page (browser mode too) — go one at a time through openFile(); the app is
 * told where to go, and this hook keeps what the screens show about it: the drop overlay, a
 * notice, the error, the pack waiting for the user's decision, the class view to open.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { openRequestSchema, type IncomingFile } from '../../shared/desktop/open-request.ts';
import type { OpenVia } from '../../shared/desktop/file-types.ts';
import { AppError } from '../../shared/errors.ts';
import { invoke, onHostEvent, reportOpenReady } from '../api.ts';
import type { IncomingPack } from '../course/PackImport.tsx';
import { openFile, type OpenOutcome } from './open-file.ts';
import { noticeAfterOpen, type OpenNotice } from './screen-after-open.ts';


export interface DesktopOpen {
  dragging: boolean;
  notice: OpenNotice | null;
  error: unknown;
  dismiss(): void;
  /** A pack opened from outside, shown by the courses screen's import dialog. */
  pack: IncomingPack | null;
  /** The course whose class view shows an imported report. */
  classPack: string | null;
  /** Changes with each pack or report opened, so the courses screen starts afresh with it. */
  coursesKey: number;
  /** The courses screen took the pack and class view: a later visit starts without them. */
  incomingSeen(): void;
}

const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') === true;

export function useDesktopOpen(onOutcome: (outcome: OpenOutcome) => void): DesktopOpen {
  const [dragging, setDragging] = useState(false);
  const [notice, setNotice] = useState<OpenNotice | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pack, setPack] = useState<IncomingPack | null>(null);
  const [classPack, setClassPack] = useState<string | null>(null);
  const [coursesKey, setCoursesKey] = useState(0);
  const latest = useRef(onOutcome);
  useEffect(() => {
    latest.current = onOutcome;
  });
  // One after another, in the order they came: two files dropped together both open.
  const chain = useRef<Promise<void>>(Promise.resolve());

  const open = useCallback((file: IncomingFile | Promise<IncomingFile>, via: OpenVia) => {
    chain.current = chain.current.then(async () => {
      try {
        const outcome = await openFile(await file, via, invoke);
        setError(null);
        setNotice(noticeAfterOpen(outcome));
        if (outcome.kind === 'pack') setPack({ fileName: outcome.fileName, content: outcome.content, result: outcome.result });
        if (outcome.kind === 'report') setClassPack(outcome.packId);
        if (outcome.kind === 'pack' || outcome.kind === 'report') setCoursesKey((k) => k + 1);
        latest.current(outcome);
      } catch (err) {
        setNotice(null);
        setError(err);
      }
    });
  }, []);

  // From the desktop host: validated like every host input, then the same path as a drop.
  useEffect(() => {
    const off = onHostEvent('open-file', (payload) => {
      const request = openRequestSchema.safeParse(payload);
      if (!request.success) setError(new AppError('desktop.bad_request'));
      else if ('error' in request.data) setError(new AppError(request.data.error.code, request.data.error.params));
      else open(request.data.file, 'system');
    });
    reportOpenReady();
    return off;
  }, [open]);

  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      // Without this the browser (or Electron) would navigate to the file.
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      // Captured before the editor sees it: a dropped file is opened, never pasted into the script.
      e.preventDefault();
      e.stopPropagation();
      depth = 0;
      setDragging(false);
      for (const f of Array.from(e.dataTransfer?.files ?? [])) {
        open(f.arrayBuffer().then((buffer) => ({ fileName: f.name, bytes: new Uint8Array(buffer) })), 'drop');
      }
    };
    window.addEventListener('dragenter', enter, true);
    window.addEventListener('dragleave', leave, true);
    window.addEventListener('dragover', over, true);
    window.addEventListener('drop', drop, true);
    return () => {
      window.removeEventListener('dragenter', enter, true);
      window.removeEventListener('dragleave', leave, true);
      window.removeEventListener('dragover', over, true);
      window.removeEventListener('drop', drop, true);
    };
  }, [open]);

  const dismiss = useCallback(() => {
    setNotice(null);
    setError(null);
  }, []);

  const incomingSeen = useCallback(() => {
    setPack(null);
    setClassPack(null);
  }, []);

  return { dragging, notice, error, dismiss, pack, classPack, coursesKey, incomingSeen };
}
