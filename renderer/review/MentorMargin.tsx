/**
 * The mentor's margin on the frozen draft: select text and press "Comment", or add a note on the
 * scene the caret is in, or a general note. The form appears level with its text; every comment,
 * reply and deletion is saved at once through the API.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnchorInput, SessionComment } from '../../shared/api/review.ts';
import type { Severity } from '../../shared/review/feedback.ts';
import type { Screenplay } from '../../shared/screenplay/model.ts';
import { invoke } from '../api.ts';
import { CommentCard } from './CommentCard.tsx';
import { CommentComposer } from './CommentComposer.tsx';
import { CommentsMargin, type PlacedCard } from './CommentsMargin.tsx';
import { TraineeResponses } from './TraineeResponses.tsx';
import type { TraineeResponse } from '../../shared/review/bundle-meta.ts';
import { ReplyForm } from './ReplyForm.tsx';
import { scenesByElement } from './scene-index.ts';
import { showBlock, useHighlights, type HighlightTarget } from './use-highlights.ts';
import { useEditorSelection } from './use-editor-selection.ts';

type Target =
  | { kind: 'text'; elementId: string; start: number; end: number; quote: string }
  | { kind: 'scene'; elementId: string; heading: string }
  | { kind: 'general' };

const NEW = '\u0000new';

export function MentorMargin(props: {
  sessionId: string;
  screenplay: Screenplay;
  comments: SessionComment[];
  onComments(next: SessionComment[]): void;
  reviewerName: string;
  onReviewerName(name: string): void;
  onError(err: unknown): void;
  /** Replies and resolutions the trainee sent back with this bundle. */
  responses?: readonly TraineeResponse[];
}) {
  const { t } = useTranslation('review');
  const { sessionId, comments, onComments, onError } = props;
  const picked = useEditorSelection();
  const scenes = useMemo(() => scenesByElement(props.screenplay), [props.screenplay]);
  const [target, setTarget] = useState<Target | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const [name, setName] = useState<string | null>(null);
  const scene = picked.blockId ? scenes.get(picked.blockId) : undefined;

  const attempt = async (fn: () => Promise<void>): Promise<boolean> => {
    try {
      await fn();
      return true;
    } catch (err) {
      onError(err);
      return false;
    }
  };

  const save = (body: string, severity: Severity) =>
    attempt(async () => {
      if (!target) return;
      const anchor: AnchorInput =
        target.kind === 'text'
          ? { kind: 'text', elementId: target.elementId, start: target.start, end: target.end }
          : target.kind === 'scene'
            ? { kind: 'scene', elementId: target.elementId }
            : { kind: 'general' };
      const made = await invoke('review.addComment', { sessionId, anchor, body, severity, author: props.reviewerName });
      onComments([...comments, made]);
      setTarget(null);
      setActive(made.id);
      if (target.kind === 'text') picked.clear();
    });

  const reply = (c: SessionComment, body: string) =>
    attempt(async () => {
      const r = await invoke('review.addReply', { sessionId, commentId: c.id, body, author: props.reviewerName });
      onComments(comments.map((x) => (x.id === c.id ? { ...x, replies: [...x.replies, r] } : x)));
    });

  const card = (c: SessionComment) => {
    const quote = c.anchor.kind === 'text' ? c.anchor.quote : c.anchor.kind === 'scene' ? c.anchor.sceneHeadingText ?? '' : null;
    const elementId = c.anchor.kind === 'general' ? null : c.anchor.elementId;
    return (
      <CommentCard
        id={c.id}
        author={c.author}
        severity={c.severity}
        body={c.body}
        createdAt={c.createdAt}
        quote={quote}
        kind={c.anchor.kind}
        replies={c.replies}
        viewer="mentor"
        elementId={elementId}
        active={active === c.id}
        onShow={() => {
          setActive(c.id);
          if (elementId) showBlock(elementId);
        }}
      >
        <ReplyForm onSend={(body) => reply(c, body)} />
        <button
          type="button"
          className="link-button"
          data-testid="toggle-severity"
          onClick={() =>
            void attempt(async () => {
              const next = await invoke('review.updateComment', { sessionId, commentId: c.id, severity: c.severity === 'must_fix' ? 'suggestion' : 'must_fix' });
              onComments(comments.map((x) => (x.id === c.id ? next : x)));
            })
          }
        >
          {c.severity === 'must_fix' ? t('ui.makeSuggestion') : t('ui.makeMustFix')}
        </button>
        {confirmDelete === c.id ? (
          <button
            type="button"
            className="link-button danger"
            data-testid="delete-comment-confirm"
            onClick={() =>
              void attempt(async () => {
                await invoke('review.deleteComment', { sessionId, commentId: c.id });
                onComments(comments.filter((x) => x.id !== c.id));
                setConfirmDelete(null);
              })
            }
          >
            {t('ui.confirmDelete')}
          </button>
        ) : (
          <button type="button" className="link-button danger" onClick={() => setConfirmDelete(c.id)} data-testid="delete-comment">
            {t('ui.delete')}
          </button>
        )}
      </CommentCard>
    );
  };

  const composer = (heading: string, quote: string | null) => (
    <CommentComposer heading={heading} quote={quote} onSave={save} onCancel={() => setTarget(null)} />
  );

  const general = comments.filter((c) => c.anchor.kind === 'general');
  const placed: PlacedCard[] = comments
    .filter((c) => c.anchor.kind !== 'general')
    .map((c) => ({ key: c.id, elementId: c.anchor.kind === 'general' ? null : c.anchor.elementId, node: card(c) }));
  if (target?.kind === 'text') placed.push({ key: NEW, elementId: target.elementId, node: composer(t('ui.newComment'), target.quote) });
  if (target?.kind === 'scene') placed.push({ key: NEW, elementId: target.elementId, node: composer(t('ui.newSceneNote'), target.heading) });

  const targets: HighlightTarget[] = comments.flatMap((c) =>
    c.anchor.kind === 'text' ? [{ key: c.id, elementId: c.anchor.elementId, start: c.anchor.start, end: c.anchor.end }] : [],
  );
  const pending = target?.kind === 'text' ? target : picked.selection;
  useHighlights(targets, active, pending ? { key: NEW, ...pending } : null);

  const top = (
    <>
      <label className="reviewer-name">
        <span>{t('ui.reviewerShort')}</span>
        <input
          aria-label={t('identity.reviewerName')}
          title={t('identity.reviewerName')}
          value={name ?? props.reviewerName}
          maxLength={200}
          data-testid="reviewer-name"
          onChange={(e) => setName(e.target.value)}
          onBlur={() => {
            if (name !== null && name.trim() !== props.reviewerName) props.onReviewerName(name.trim());
            setName(null);
          }}
        />
      </label>
      <div className="margin-actions" role="group" aria-label={t('ui.addGroup')}>
        <button
          type="button"
          className="primary"
          disabled={!picked.selection}
          title={picked.selection ? undefined : t('ui.selectFirst')}
          data-testid="add-comment"
          onClick={() => picked.selection && setTarget({ kind: 'text', ...picked.selection })}
        >
          {t('mentor.addComment')}
        </button>
        <button
          type="button"
          disabled={!scene}
          title={scene ? scene.heading : t('ui.placeCaret')}
          data-testid="add-scene-note"
          onClick={() => scene && setTarget({ kind: 'scene', elementId: scene.headingId, heading: scene.heading })}
        >
          {t('mentor.addSceneNote')}
        </button>
        <button type="button" data-testid="add-general-note" onClick={() => setTarget({ kind: 'general' })}>
          {t('mentor.addGeneralNote')}
        </button>
      </div>
      {!picked.selection && !target && comments.length === 0 && <p className="muted hint">{t('ui.selectHint')}</p>}
      {target?.kind === 'general' && composer(t('ui.newGeneralNote'), null)}
    </>
  );

  const bottom = (
    <>
      <TraineeResponses responses={props.responses ?? []} />
      {general.length > 0 && (
        <section className="margin-section" aria-label={t('placement.general')} data-testid="general-comments">
          <h3>{t('placement.general')}</h3>
          {general.map((c) => (
            <div key={c.id}>{card(c)}</div>
          ))}
        </section>
      )}
    </>
  );

  return <CommentsMargin label={t('ui.commentsTitle', { count: comments.length })} top={top} cards={placed} bottom={bottom} />;
}
