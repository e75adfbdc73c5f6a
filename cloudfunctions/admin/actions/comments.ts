import { z } from 'zod';
import type { AdminPostCommentView } from '../../shared/api';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { docsByIds, getDoc } from '../../shared/runtime/documents';
import { pageByTime } from '../../shared/runtime/paging';
import { cursorSchema, idSchema } from '../../shared/runtime/schemas';
import { COMMENT_MODERATION_FROM } from '../../shared/domain/post';
import { adminCommentView, CommentDoc } from '../../community/flows/comments';
import { moveComment } from '../../community/flows/comment-count';
import { noticeComment } from '../../community/flows/comment-notice';
import type { PostDoc } from '../../community/flows/posts';

const PAGE_SIZE = 20;

/** 内容审核 → 评论: held comments (review), visible ones, or hidden ones, newest first. */
export const moderationComments = action({
  admin: true,
  input: z.object({ queue: z.enum(['review', 'published', 'hidden']), cursor: cursorSchema }),
  async handler({ queue, cursor }, { db, openid }): Promise<{ items: AdminPostCommentView[]; cursor?: string }> {
    const page = await pageByTime<CommentDoc>(db, 'comments', { status: queue }, 'createdAt', cursor, PAGE_SIZE);
    const posts = await docsByIds<PostDoc>(db, 'posts', page.items.map((c) => c.postId));
    return { items: page.items.map((c) => adminCommentView(c, openid, posts.get(c.postId) ?? null)), ...(page.cursor ? { cursor: page.cursor } : {}) };
  },
});

/**
 * approve shows a held (or hidden) comment and counts it on its post, hide takes it down
 * (its author still sees it). The move is conditional on the status read, so two
 * moderators never both apply a decision; a repeated decision changes nothing.
 */
export const moderateComment = action({
  admin: true,
  input: z.object({ commentId: idSchema, decision: z.enum(['approve', 'hide']), note: z.string().trim().max(200).default('') }),
  async handler({ commentId, decision, note }, { db, now, openid }): Promise<{ comment: AdminPostCommentView }> {
    const c = await getDoc<CommentDoc>(db, 'comments', commentId);
    if (!c || c.status === 'deleted') throw new AppError('NOT_FOUND', '评论不存在或已被删除');
    const to = decision === 'approve' ? 'published' : 'hidden';
    const post = await getDoc<PostDoc>(db, 'posts', c.postId);
    if (c.status === to) return { comment: adminCommentView(c, openid, post) };
    if (!(COMMENT_MODERATION_FROM[decision] as readonly string[]).includes(c.status)) throw new AppError('POST_STATE', '评论当前的状态不能这样操作，请刷新后重试');
    const moved = await moveComment(db, c, to, { moderation: { action: decision, note, by: openid, at: now } }, now);
    if (!moved) throw new AppError('CONFLICT', '这条评论刚被处理过，请刷新后再试');
    // The post's author hears of a held comment once, when it is first shown.
    if (decision === 'approve' && c.status === 'review' && post) await noticeComment(post, moved, now);
    return { comment: adminCommentView(moved, openid, post) };
  },
});
