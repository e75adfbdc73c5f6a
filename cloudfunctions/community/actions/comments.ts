import { z } from 'zod';
import type { PostCommentView, ListCommentsOutput } from '../../shared/api';
import type { Database } from '../../shared/runtime/cloud';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { getDoc, insertOnce } from '../../shared/runtime/documents';
import { pageByTime } from '../../shared/runtime/paging';
import { cursorSchema, idSchema } from '../../shared/runtime/schemas';
import { COMMENT_LIMITS, COMMENT_TEXT_MAX, commentStatusFromCheck } from '../../shared/domain/post';
import { clientTokenSchema, retryId } from '../../cocreation/flows/inputs';
import { checkText, COMMENT_SCENE } from '../flows/checks';
import { CommentDoc, commentView, commentVisibleTo } from '../flows/comments';
import { firstOwed, moveComment, pruneCountJournal, settleOwed } from '../flows/comment-count';
import { noticeComment } from '../flows/comment-notice';
import { PostDoc, visibleTo } from '../flows/posts';
import { takeDailySlot, takeSlot } from '../flows/rewards';

const PAGE_SIZE = 20;
const chars = (s: string) => Array.from(s).length;
const countOf = async (db: Database, postId: string) => Math.max(0, (await getDoc<PostDoc>(db, 'posts', postId))?.comments ?? 0);

/** A member's comments are limited like their posts' rewards: capped slots per minute and per day. */
async function assertMayComment(db: Database, openid: string, now: Date): Promise<void> {
  const minute = String(Math.floor(now.getTime() / 60_000));
  const ok = (await takeSlot(db, 'comment-minute', openid, minute, now, COMMENT_LIMITS.perMinute)) && (await takeDailySlot(db, 'comment', openid, now, COMMENT_LIMITS.perDay));
  if (!ok) throw new AppError('RATE_LIMITED', '评论太频繁了，歇一会儿再来');
}

/**
 * 评论: checked like a post before anything is stored (risky → CONTENT_REJECTED, nothing
 * written); review, or a failed check, holds it for a moderator. A visible comment counts
 * on the post and tells its author. Sending the same clientToken again gives back the comment.
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
  async handler({ postId, text, clientToken }, { db, now, openid, user }): Promise<{ comment: PostCommentView; comments: number }> {
    const commentId = retryId(openid, clientToken);
    const again = clientToken ? await getDoc<CommentDoc>(db, 'comments', commentId) : null;
    if (again) return answer(db, again, openid, now);
    const post = await getDoc<PostDoc>(db, 'posts', postId);
    if (!post || post.status !== 'published') throw new AppError('NOT_FOUND', '晒单不存在或暂不可见');
    const check = await checkText(text, openid, COMMENT_SCENE);
    if (check.verdict === 'risky') throw new AppError('CONTENT_REJECTED', '评论含有不适宜发布的信息，请修改后再发');
    await assertMayComment(db, openid, now);
    const me = await user();
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
      return answer(db, existing, openid, now);
    }
    await settleOwed(db, doc, now);
    await pruneCountJournal(db, post, now);
    await noticeComment(post, doc, now);
    return { comment: commentView(doc, openid, false), comments: await countOf(db, postId) };
  },
});

/** A comment made before (a retry): finish what it owes the count, and answer it. */
async function answer(db: Database, c: CommentDoc, openid: string, now: Date): Promise<{ comment: PostCommentView; comments: number }> {
  if (c.authorOpenid !== openid) throw new AppError('INVALID_ARGUMENT', '请求重复了');
  await settleOwed(db, c, now);
  return { comment: commentView(c, openid, false), comments: await countOf(db, c.postId) };
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
    const owing = page.items.filter((c) => c.owed);
    await Promise.all(owing.map((c) => settleOwed(db, c, now)));
    const view = (c: CommentDoc) => commentView(c, openid, me.isAdmin);
    return {
      items: page.items.map(view),
      ...(page.cursor ? { cursor: page.cursor } : {}),
      ...(held ? { pending: (held.data as CommentDoc[]).filter((c) => commentVisibleTo(c, openid)).map(view) } : {}),
      comments: owing.length ? await countOf(db, postId) : Math.max(0, post.comments ?? 0),
    };
  },
});

/** 删除: the comment's author, or a moderator. Deleting twice is fine. */
export const deleteComment = action({
  input: z.object({ commentId: idSchema }),
  async handler({ commentId }, { db, now, openid, user }): Promise<{ status: 'deleted'; comments: number }> {
    let c = await getDoc<CommentDoc>(db, 'comments', commentId);
    if (!c) throw new AppError('NOT_FOUND', '评论不存在');
    if (c.authorOpenid !== openid && !(await user()).isAdmin) throw new AppError('FORBIDDEN', '只能删除自己的评论');
    let moved = false;
    for (let attempt = 0; !moved && c.status !== 'deleted' && attempt < 4; attempt++) {
      moved = Boolean(await moveComment(db, c, 'deleted', {}, now));
      if (!moved) c = (await getDoc<CommentDoc>(db, 'comments', commentId)) ?? c;
    }
    if (!moved && c.status !== 'deleted') throw new AppError('CONFLICT');
    // A repeat of a delete whose call died before the count moved finishes it.
    if (!moved) await settleOwed(db, c, now);
    return { status: 'deleted', comments: await countOf(db, c.postId) };
  },
});
