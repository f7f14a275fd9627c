/**
 * The trainee's side of a review, for the open script: send the draft (a .naskahreview bundle),
 * import the mentor's .naskahfeedback, and the imported comments with their placement in the
 * current draft. Placements are listed again after each save, so comments follow the edits.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { counted } from '../i18n/index.ts';
import type { FeedbackSummary, ImportResult, TraineeComment } from '../../shared/api/review.ts';
import type { SaveState } from '../autosave/autosave.ts';
import type { Signal } from '../course/edit-signal.ts';
import { invoke } from '../api.ts';
import { download } from '../ui/download.ts';
import { feedbackArrivals } from './feedback-arrivals.ts';

export type CommentFilter = 'open' | 'resolved' | 'all';

export const commentKey = (c: { feedbackId: string; id: string }) => `${c.feedbackId}/${c.id}`;

export interface TraineeReview {
  comments: TraineeComment[];
  /** Counts listings: each one follows a save, after which the page's text nodes may be new. */
  listed: number;
  feedback: FeedbackSummary[];
  filter: CommentFilter;
  setFilter(f: CommentFilter): void;
  active: string | null;
  setActive(key: string | null): void;
  /** What the last action did, one sentence per line. */
  message: string[] | null;
  dismissMessage(): void;
  traineeName: string;
  /** The class folder set in Settings, if any: a bundle can be put there instead of downloaded. */
  classFolder: string | null;
  sendForReview(name: string, toClassFolder?: boolean): Promise<boolean>;
  importFeedback(file: File): Promise<void>;
  reply(c: TraineeComment, body: string): Promise<boolean>;
  setResolved(c: TraineeComment, resolved: boolean): Promise<void>;
}

export function useTraineeReview(opts: {
  scriptId: string;
  paper: 'letter' | 'a4';
  /** The autosave's state (use-draft-autosave.ts): read as it changes, without re-rendering. */
  saveState: Signal<SaveState>;
  flush(): Promise<void>;
  onError(err: unknown): void;
}): TraineeReview {
  const { scriptId, paper, saveState, flush, onError } = opts;
  const { t } = useTranslation('review');
  const trust = useTranslation('trust').t;
  const td = useTranslation('reviewdesk').t;
  const [comments, setComments] = useState<TraineeComment[]>([]);
  const [feedback, setFeedback] = useState<FeedbackSummary[]>([]);
  const [filter, setFilter] = useState<CommentFilter>('open');
  const [active, setActive] = useState<string | null>(null);
  const [message, setMessage] = useState<string[] | null>(null);
  const [traineeName, setTraineeName] = useState('');
  const [listed, setListed] = useState(0);
  const [classFolder, setClassFolder] = useState<string | null>(null);
  const errorRef = useRef(onError);
  errorRef.current = onError;

  const refresh = useCallback(async () => {
    const [c, f] = await Promise.all([invoke('review.listComments', { scriptId, status: 'all' }), invoke('review.listFeedback', { scriptId })]);
    setComments(c);
    setFeedback(f);
    setListed((n) => n + 1);
  }, [scriptId]);

  useEffect(() => {
    refresh().catch((err) => errorRef.current(err));
    invoke('review.getIdentity', {}).then((id) => setTraineeName(id.traineeName), () => {});
    invoke('classFolder.get', {}).then((r) => setClassFolder(r.path), () => {});
  }, [refresh]);

  // Feedback on this script that the class folder brought in (FeedbackArrivals imported it).
  useEffect(() => {
    const off = feedbackArrivals.subscribe((arrivals) => {
      const mine = arrivals.find((a) => a.scriptId === scriptId);
      if (!mine) return;
      setMessage([td(mine.approved === true ? 'arrivals.approved' : 'arrivals.arrived', { reviewer: mine.reviewerName || t('mentor.mentor'), title: mine.scriptTitle })]);
      setFilter('open');
      refresh().catch((err) => errorRef.current(err));
    });
    return () => void off();
  }, [scriptId, refresh, t, td]);

  // Once an edit is saved, ask again where each comment sits now.
  const hasComments = comments.length > 0;
  useEffect(() => {
    let last = saveState.latest;
    return saveState.subscribe((state) => {
      if (state === 'saved' && last !== 'saved' && hasComments) refresh().catch((err) => errorRef.current(err));
      last = state;
    });
  }, [saveState, hasComments, refresh]);

  const attempt = async (fn: () => Promise<void>): Promise<boolean> => {
    try {
      await fn();
      return true;
    } catch (err) {
      errorRef.current(err);
      return false;
    }
  };

  const importMessage = (r: ImportResult, isNew: boolean): string[] => {
    const parts: string[] = [];
    if (r.added > 0) parts.push(t('trainee.imported', { count: r.added, reviewer: r.reviewerName || t('mentor.mentor') }));
    if (r.updated > 0 || r.repliesAdded > 0) parts.push(t('ui.importedUpdates', { updated: counted('updatedComments', r.updated), replies: counted('newReplies', r.repliesAdded) }));
    // A first import may carry no comments at all — only scores, a verdict, an overall note.
    if (parts.length === 0) parts.push(isNew ? t('ui.feedbackReceived', { reviewer: r.reviewerName || t('mentor.mentor') }) : t('trainee.nothingNew'));
    if (r.placements.detached > 0) parts.push(t('trainee.detachedSummary', { count: r.placements.detached }));
    if (r.approved === true) parts.push(t('ui.approvedMessage'));
    if (r.approval?.status === 'verified') parts.push(trust('import.approvalVerified', { mentor: r.approval.mentor ?? '' }));
    else if (r.approval) parts.push(trust('import.approvalUnverified', { reason: trust(`approvalReason.${r.approval.status}`), fingerprint: r.signer.fingerprint }));
    if (r.signer.demo) parts.push(trust('import.demoKey'));
    return parts;
  };

  return {
    comments,
    listed,
    feedback,
    filter,
    setFilter,
    active,
    setActive,
    message,
    dismissMessage: () => setMessage(null),
    traineeName,
    classFolder,
    sendForReview: (name, toClassFolder = false) =>
      attempt(async () => {
        await flush();
        if (name.trim() !== traineeName) setTraineeName((await invoke('review.setIdentity', { traineeName: name.trim() })).traineeName);
        let snapshotId: string;
        let sent: string | null = null;
        if (toClassFolder) {
          const out = await invoke('classFolder.publishBundle', { scriptId });
          snapshotId = out.snapshotId;
          sent = out.fileName;
        } else {
          const out = await invoke('review.exportBundle', { scriptId, paper });
          download(out.file);
          snapshotId = out.snapshotId;
        }
        const snapshot = (await invoke('snapshot.list', { scriptId })).find((s) => s.id === snapshotId);
        setMessage([...(sent ? [td('send.sent', { file: sent })] : []), t('trainee.exported', { name: snapshot?.name ?? '' })]);
      }),
    importFeedback: async (file) => {
      await attempt(async () => {
        await flush();
        const known = new Set(feedback.map((f) => f.feedbackId));
        const result = await invoke('review.importFeedback', { scriptId, content: await file.text(), fileName: file.name });
        setMessage(importMessage(result, !known.has(result.feedbackId)));
        setFilter('open');
        await refresh();
      });
    },
    reply: (c, body) =>
      attempt(async () => {
        await invoke('review.reply', { scriptId, feedbackId: c.feedbackId, commentId: c.id, body });
        await refresh();
      }),
    setResolved: async (c, resolved) => {
      await attempt(async () => {
        await invoke('review.resolve', { scriptId, feedbackId: c.feedbackId, commentId: c.id, resolved });
        await refresh();
      });
    },
  };
}
