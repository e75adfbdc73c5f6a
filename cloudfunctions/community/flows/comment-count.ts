import type { Database } from '../../shared/runtime/cloud';
import { applyOnce, JOURNAL_MS, pruneJournal } from '../../shared/runtime/journal';
import { updatedCount } from '../../shared/runtime/documents';
import { commentCountDelta, CommentStatus } from '../../shared/domain/post';
import type { CommentDoc } from './comments';
import type { PostDoc } from './posts';

/**
 * The post's comment count (评论数) equals its published comments. A comment changes status
 * only by one conditional update on itself (from the status and move number it read), and
 * that same write records the move it owes the post's count; the count then moves by
 * applyOnce under the move's key, and the debt is cleared. So however many comments and
 * deletes arrive at once, each change of visibility moves the count exactly once, and a
 * call that died in between is finished by the next one that touches the comment.
 */
export async function moveComment(db: Database, comment: CommentDoc, to: CommentStatus, also: Partial<CommentDoc>, now: Date): Promise<CommentDoc | null> {
  if (comment.owed) await settleOwed(db, comment, now);
  const delta = commentCountDelta(comment.status, to);
  const moves = comment.moves + 1;
  const owed = delta ? { key: `comment:${comment._id}:${moves}`, delta } : null;
  const res = await db
    .collection('comments')
    .where({ _id: comment._id, status: comment.status, moves: comment.moves })
    .update({ ...also, status: to, moves, owed, updatedAt: now });
  if (!updatedCount(res)) return null;
  const moved: CommentDoc = { ...comment, ...also, status: to, moves, owed, updatedAt: now };
  if (owed) await settleOwed(db, moved, now);
  return { ...moved, owed: null };
}

/** The first move of a new comment: what its insert owes the count (nothing unless published). */
export function firstOwed(commentId: string, status: CommentStatus): CommentDoc['owed'] {
  const delta = commentCountDelta(null, status);
  return delta ? { key: `comment:${commentId}:0`, delta } : null;
}

/** Pays what the comment owes the post's count, once, and clears the debt. */
export async function settleOwed(db: Database, comment: CommentDoc, now: Date): Promise<void> {
  const { owed } = comment;
  if (!owed) return;
  await applyOnce(db, 'posts', comment.postId, owed.key, { comments: owed.delta }, now);
  await db.collection('comments').where({ _id: comment._id, 'owed.key': owed.key }).update({ owed: null });
}

/** Drops the post's journal entries no call can still repeat (only when it holds some). */
export async function pruneCountJournal(db: Database, post: PostDoc & { applied?: { at: Date }[] }, now: Date): Promise<void> {
  const cutoff = new Date(now.getTime() - JOURNAL_MS);
  if (post.applied?.some((entry) => new Date(entry.at) < cutoff)) await pruneJournal(db, 'posts', post._id, cutoff);
}
