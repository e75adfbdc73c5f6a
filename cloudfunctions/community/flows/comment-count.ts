import type { Database } from '../../shared/runtime/cloud';
import { applyOnce, ApplyResult, JournalEntry } from '../../shared/runtime/journal';
import { updatedCount } from '../../shared/runtime/documents';
import { commentCountDelta, CommentStatus } from '../../shared/domain/post';
import type { CommentDoc } from './comments';

/**
 * The post's comment count (评论数) equals its published comments. A comment changes status
 * only by one conditional update on itself (from the status and move number it read), and
 * that same write records the move it owes the post's count; the count then moves by
 * applyOnce under the move's key, and the debt is cleared. So however many comments and
 * deletes arrive at once, each change of visibility moves the count exactly once, and a
 * call that died in between is finished by the next one that touches the comment (or by
 * the outbox, flows/outbox). A debt whose key is in the post's journal is paid already:
 * a new comment leaves its paid debt for the outbox to clear, and the outbox prunes a
 * post's journal only once no comment still owes a key it would drop.
 */
export async function moveComment(
  db: Database,
  comment: CommentDoc,
  to: CommentStatus,
  also: Partial<CommentDoc>,
  now: Date,
  journal?: readonly JournalEntry[],
): Promise<CommentDoc | null> {
  if (comment.owed && !paid(comment, journal)) await settleOwed(db, comment, now);
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

/** Whether the comment's debt is paid by the post's journal as read (`journal`): then only its clearing is left. */
export function paid(comment: Pick<CommentDoc, 'owed'>, journal: readonly JournalEntry[] | undefined): boolean {
  const key = comment.owed?.key;
  return Boolean(key && journal?.some((entry) => entry.key === key));
}

/**
 * Pays what the comment owes the post's count, once, and clears the debt (unless
 * `clear` is false: then the outbox clears it, the key staying in the journal until then).
 */
export async function settleOwed(db: Database, comment: CommentDoc, now: Date, clear = true): Promise<ApplyResult | null> {
  const { owed } = comment;
  if (!owed) return null;
  const result = await applyOnce(db, 'posts', comment.postId, owed.key, { comments: owed.delta }, now);
  if (clear) await db.collection('comments').where({ _id: comment._id, 'owed.key': owed.key }).update({ owed: null });
  return result;
}
