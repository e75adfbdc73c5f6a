import type { AdminPostCommentView, CommentModerationAction, PostCommentView, PostAuthorView } from '../../shared/api';
import type { CommentStatus } from '../../shared/domain/post';
import { commentStatusNote } from '../../shared/domain/post';

/** A comment on a 晒单 (`comments`). Everyone who sees the post sees it while `status` is published. */
export interface CommentDoc {
  _id: string;
  postId: string;
  postAuthorOpenid: string;
  authorOpenid: string;
  /** The author as they were when commenting. */
  author: PostAuthorView;
  text: string;
  status: CommentStatus;
  check: { verdict: 'pass' | 'review' | 'error'; label: string };
  moderation: { action: CommentModerationAction; note: string; by: string; at: Date } | null;
  /** How many status moves it made: each move is conditional on the count it read. */
  moves: number;
  /** The move of the post's comment count this comment still owes (applied once by its key, then cleared). */
  owed: { key: string; delta: 1 | -1 } | null;
  createdAt: Date;
  updatedAt: Date;
}

export function commentView(c: CommentDoc, viewer: string, moderator: boolean): PostCommentView {
  const mine = c.authorOpenid === viewer;
  return {
    commentId: c._id,
    postId: c.postId,
    author: c.author,
    text: c.text,
    mine,
    canDelete: (mine || moderator) && c.status !== 'deleted',
    status: c.status,
    statusNote: mine || moderator ? commentStatusNote(c.status) : null,
    createdAt: new Date(c.createdAt).toISOString(),
  };
}

export function adminCommentView(c: CommentDoc, viewer: string, post: { text: string; author: PostAuthorView } | null): AdminPostCommentView {
  const { moderation } = c;
  return {
    ...commentView(c, viewer, true),
    authorOpenid: c.authorOpenid,
    check: c.check,
    post: { postId: c.postId, text: post?.text.slice(0, 60) ?? '', authorNickname: post?.author.nickname ?? '' },
    moderation: moderation ? { ...moderation, at: new Date(moderation.at).toISOString() } : null,
  };
}

/** Whether `viewer` may see the comment: everyone when published, its author unless deleted. */
export function commentVisibleTo(c: CommentDoc, viewer: string): boolean {
  return c.status === 'published' || (c.authorOpenid === viewer && c.status !== 'deleted');
}
