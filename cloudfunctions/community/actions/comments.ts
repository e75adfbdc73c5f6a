import { z } from 'zod';
import type { PostCommentView, ListCommentsOutput } from '../../shared/api';
import type { Database } from '../../shared/runtime/cloud';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import type { UserDoc } from '../../shared/model';
import { getDoc, insertOnce } from '../../shared/runtime/documents';
import { JoinedRow, joinedOne, lookupById, readJoined } from '../../shared/runtime/aggregate';
import { newUser } from '../../shared/runtime/users';
import { pageByTime } from '../../shared/runtime/paging';
import { cursorSchema, idSchema } from '../../shared/runtime/schemas';
import { COMMENT_TEXT_MAX, commentCountDelta, commentStatusFromCheck } from '../../shared/domain/post';
import { clientTokenSchema, retryId } from '../../cocreation/flows/inputs';
import { checkText, COMMENT_SCENE } from '../flows/checks';
import { CommentDoc, commentView, commentVisibleTo } from '../flows/comments';
import { firstOwed, moveComment, paid, settleOwed } from '../flows/comment-count';
import { CommentRateDoc, commentRateId, takeCommentSlot } from '../flows/comment-rate';
import { noticeComment } from '../flows/comment-notice';
import { PostDoc, visibleTo } from '../flows/posts';

const PAGE_SIZE = 20;
const chars = (s: string) => Array.from(s).length;
const countOf = (post: Pick<PostDoc, 'comments'>, moved = 0) => Math.max(0, (post.comments ?? 0) + moved);

/** The post's comment count as it is now. */
const countNow = async (db: Database, postId: string) => countOf((await getDoc<PostDoc>(db, 'posts', postId)) ?? {});

/** The joined row without its lookups: the document itself. */
function rootOf<T>(row: JoinedRow | null, ...lookups: string[]): T | null {
  if (!row) return null;
  const doc = { ...row };
  for (const field of lookups) delete doc[field];
  return doc as T;
}

/**
 * 评论: checked like a post before anything is stored (risky → CONTENT_REJECTED, nothing
 * written); review, or a failed check, holds it for a moderator. A visible comment counts
 * on the post and tells its author. Sending the same clientToken again gives back the
 * comment. A member may comment a few times a minute and a day (RATE_LIMITED). Four round
 * trips: the post joined to the caller's profile, their comment rate and the comment
 * (a retry); the rate slot; the comment; the count's move (its debt cleared by the outbox).
 */
export const comment = action({
  input: z.object({
    postId: idSchema,
    text: z
      .string()
      .trim()
      .min(1, '写点什么吧')
      .refine((t) => chars(t) <= COMMENT_TEXT_MAX, `评论最多 ${COMMENT_TEXT_MAX} 字`),
    clientToken: clientTokenSchema,
  }),
  async handler({ postId, text, clientToken }, { db, now, openid }): Promise<{ comment: PostCommentView; comments: number }> {
    const commentId = retryId(openid, clientToken);
    const lookups = ['me', 'rate', ...(clientToken ? ['again'] : [])];
    const row = await readJoined(db, 'posts', postId, [
      lookupById('users', openid, 'me'),
      lookupById('rewardSlots', commentRateId(openid), 'rate'),
      ...(clientToken ? [lookupById('comments', commentId, 'again')] : []),
    ]);
    const post = rootOf<PostDoc>(row, ...lookups);
    // A retry whose post is gone meanwhile still gets its comment back.
    const again = !clientToken ? null : row ? joinedOne<CommentDoc>(row, 'again') : await getDoc<CommentDoc>(db, 'comments', commentId);
    if (again) return answer(db, again, post, openid, now);
    if (!post || post.status !== 'published') throw new AppError('NOT_FOUND', '晒单不存在或暂不可见');
    const check = await checkText(text, openid, COMMENT_SCENE);
    if (check.verdict === 'risky') throw new AppError('CONTENT_REJECTED', '评论含有不适宜发布的信息，请修改后再发');
    if (!(await takeCommentSlot(db, openid, now, joinedOne<CommentRateDoc>(row, 'rate')))) throw new AppError('RATE_LIMITED', '评论太频繁了，歇一会儿再来');
    // Someone without a profile yet comments as the profile they will get.
    const me = joinedOne<UserDoc>(row, 'me') ?? newUser(openid, now);
    const status = commentStatusFromCheck(check.verdict);
    const doc: CommentDoc = {
      _id: commentId,
      postId,
      postAuthorOpenid: post.authorOpenid,
      authorOpenid: openid,
      author: { nickname: me.nickname, avatar: me.avatar, tier: me.tier },
      text,
      status,
      check: { verdict: check.verdict, label: check.label },
      moderation: null,
      moves: 0,
      owed: firstOwed(commentId, status),
      createdAt: now,
      updatedAt: now,
    };
    if (!(await insertOnce(db, 'comments', doc))) {
      const existing = await getDoc<CommentDoc>(db, 'comments', commentId);
      if (!existing) throw new AppError('CONFLICT');
      return answer(db, existing, post, openid, now);
    }
    // The count moves now; the paid debt is cleared by the outbox (flows/outbox).
    const moved = (await settleOwed(db, doc, now, false)) === 'applied' ? (doc.owed?.delta ?? 0) : 0;
    await noticeComment(post, doc, now);
    return { comment: commentView(doc, openid, false), comments: countOf(post, moved) };
  },
});

/** A comment made before (a retry): finish what it owes the count, and answer it. */
async function answer(db: Database, c: CommentDoc, post: PostDoc | null, openid: string, now: Date): Promise<{ comment: PostCommentView; comments: number }> {
  if (c.authorOpenid !== openid) throw new AppError('INVALID_ARGUMENT', '请求重复了');
  const owing = post ? c.owed && !paid(c, post.applied) : Boolean(c.owed);
  const moved = owing && (await settleOwed(db, c, now)) === 'applied' ? (c.owed?.delta ?? 0) : 0;
  const counted = post ?? (await getDoc<PostDoc>(db, 'posts', c.postId)) ?? { comments: 0 };
  return { comment: commentView(c, openid, false), comments: countOf(counted, post ? moved : 0) };
}

/** A post's visible comments, newest first; the first page also brings the caller's own comments still held. */
export const listComments = action({
  input: z.object({ postId: idSchema, cursor: cursorSchema }),
  async handler({ postId, cursor }, { db, now, openid, user }): Promise<ListCommentsOutput> {
    const post = await getDoc<PostDoc>(db, 'posts', postId);
    if (!post || !visibleTo(post, openid)) throw new AppError('NOT_FOUND', '晒单不存在或暂不可见');
    const _ = db.command;
    const [page, held, me] = await Promise.all([
      pageByTime<CommentDoc>(db, 'comments', { postId, status: 'published' }, 'createdAt', cursor, PAGE_SIZE),
      cursor ? null : db.collection('comments').where({ postId, authorOpenid: openid, status: _.in(['review', 'hidden']) }).orderBy('createdAt', 'desc').limit(10).get(),
      user(),
    ]);
    // A call that died between a comment's write and the count's move is finished here.
    const owing = page.items.filter((c) => c.owed && !paid(c, post.applied));
    await Promise.all(owing.map((c) => settleOwed(db, c, now)));
    const view = (c: CommentDoc) => commentView(c, openid, me.isAdmin);
    return {
      items: page.items.map(view),
      ...(page.cursor ? { cursor: page.cursor } : {}),
      ...(held ? { pending: (held.data as CommentDoc[]).filter((c) => commentVisibleTo(c, openid)).map(view) } : {}),
      comments: owing.length ? countOf((await getDoc<PostDoc>(db, 'posts', postId)) ?? post) : countOf(post),
    };
  },
});

/**
 * 删除: the comment's author, or a moderator. Deleting twice is fine. Three round trips:
 * the comment joined to its post and the caller's profile, its move, the count's move.
 */
export const deleteComment = action({
  input: z.object({ commentId: idSchema }),
  async handler({ commentId }, { db, now, openid }): Promise<{ status: 'deleted'; comments: number }> {
    const row = await readJoined(db, 'comments', commentId, [
      { from: 'posts', localField: 'postId', foreignField: '_id', as: 'post' },
      lookupById('users', openid, 'me'),
    ]);
    let c = rootOf<CommentDoc>(row, 'post', 'me');
    if (!c) throw new AppError('NOT_FOUND', '评论不存在');
    if (c.authorOpenid !== openid && !joinedOne<UserDoc>(row, 'me')?.isAdmin) throw new AppError('FORBIDDEN', '只能删除自己的评论');
    const post = joinedOne<PostDoc>(row, 'post');
    // While the comment is as read beside its post, the count is answered from that read.
    let asRead = true;
    let moved: CommentDoc | null = null;
    let delta = 0;
    for (let attempt = 0; !moved && c.status !== 'deleted' && attempt < 4; attempt++) {
      delta = commentCountDelta(c.status, 'deleted');
      moved = await moveComment(db, c, 'deleted', {}, now, asRead ? post?.applied : undefined);
      if (!moved) {
        c = (await getDoc<CommentDoc>(db, 'comments', commentId)) ?? c;
        asRead = false;
      }
    }
    if (!moved && c.status !== 'deleted') throw new AppError('CONFLICT');
    // A repeat of a delete whose call died before the count moved finishes it.
    const settled = !moved && c.owed && !(asRead && paid(c, post?.applied)) && (await settleOwed(db, c, now)) === 'applied' ? (c.owed?.delta ?? 0) : 0;
    if (!asRead || !post) return { status: 'deleted', comments: await countNow(db, c.postId) };
    return { status: 'deleted', comments: countOf(post, moved ? delta : settled) };
  },
});
