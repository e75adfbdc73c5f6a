import { z } from 'zod';
import type { AdminPostView, ModerationAction } from '../../shared/api';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { getDoc, updatedCount } from '../../shared/runtime/documents';
import { pageByTime } from '../../shared/runtime/paging';
import { cursorSchema, idSchema } from '../../shared/runtime/schemas';
import { MODERATION_FROM } from '../../shared/domain/post';
import { adminPostView, PostDoc } from '../../community/flows/posts';
import { rewardFeatured, rewardPublished, takeBackPostRewards } from '../../community/flows/rewards';

const PAGE_SIZE = 10;

/** 内容审核: a queue of posts, newest first (精选 by when they were featured). */
export const moderationPosts = action({
  admin: true,
  input: z.object({ queue: z.enum(['review', 'published', 'featured', 'hidden', 'checking']), cursor: cursorSchema }),
  async handler({ queue, cursor }, { db, openid }): Promise<{ items: AdminPostView[]; cursor?: string }> {
    const page =
      queue === 'featured'
        ? await pageByTime<PostDoc>(db, 'posts', { status: 'published', featured: true }, 'featuredAt', cursor, PAGE_SIZE)
        : await pageByTime<PostDoc>(db, 'posts', { status: queue }, 'createdAt', cursor, PAGE_SIZE);
    return { items: page.items.map((p) => adminPostView(p, openid)), ...(page.cursor ? { cursor: page.cursor } : {}) };
  },
});

/** Whether the post already is what the decision would make it (a repeated decision changes nothing). */
function alreadyDone(post: PostDoc, decision: ModerationAction): boolean {
  if (decision === 'approve') return post.status === 'published';
  if (decision === 'hide') return post.status === 'hidden';
  if (decision === 'feature') return post.status === 'published' && post.featured;
  return post.status === 'published' && !post.featured;
}

/**
 * 审核: approve publishes (and rewards the author once), hide takes a post down and
 * takes back what it earned, feature grants the author growth and points once. The
 * update is conditional on the status read (and the one the moderator saw, when sent),
 * so two moderators never both apply a decision.
 */
export const moderatePost = action({
  admin: true,
  input: z.object({
    postId: idSchema,
    decision: z.enum(['approve', 'hide', 'feature', 'unfeature']),
    note: z.string().trim().max(200).default(''),
    /** The status the moderator saw: if the post moved on since, the decision is refused. */
    seenStatus: z.enum(['checking', 'review', 'published', 'hidden', 'deleted']).optional(),
  }),
  async handler({ postId, decision, note, seenStatus }, { db, now, openid }): Promise<{ post: AdminPostView }> {
    const post = await getDoc<PostDoc>(db, 'posts', postId);
    if (!post || post.status === 'deleted') throw new AppError('NOT_FOUND', '晒单不存在或已被作者删除');
    if (seenStatus && seenStatus !== post.status) throw new AppError('CONFLICT', '这条晒单刚被处理过，请刷新后再试');
    if (alreadyDone(post, decision)) return { post: adminPostView(post, openid) };
    if (!(MODERATION_FROM[decision] as readonly string[]).includes(post.status)) throw new AppError('POST_STATE');
    const moderation = { action: decision, note, by: openid, at: now };
    const change =
      decision === 'approve'
        ? { status: 'published', publishedAt: post.publishedAt ?? now }
        : decision === 'hide'
          ? { status: 'hidden', featured: false }
          : decision === 'feature'
            ? { featured: true, featuredAt: now }
            : { featured: false };
    const res = await db.collection('posts').where({ _id: postId, status: post.status, featured: post.featured }).update({ ...change, moderation, updatedAt: now });
    if (!updatedCount(res)) throw new AppError('CONFLICT', '这条晒单刚被处理过，请刷新后再试');
    const updated = (await getDoc<PostDoc>(db, 'posts', postId))!;
    if (decision === 'approve') await rewardPublished(db, updated, now);
    if (decision === 'feature') await rewardFeatured(db, updated, now);
    if (decision === 'hide') await takeBackPostRewards(db, postId, `晒单被隐藏${note ? '：' + note : ''}，收回奖励`, now);
    return { post: adminPostView(updated, openid) };
  },
});
