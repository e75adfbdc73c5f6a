import { z } from 'zod';
import type { ListPostsOutput, PostableOrderView, PostView } from '../../shared/api';
import type { DealDoc, OrderDoc } from '../../shared/model';
import type { Database } from '../../shared/runtime/cloud';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { getDoc, insertOnce, updatedCount } from '../../shared/runtime/documents';
import { idForRequest } from '../../shared/runtime/ids';
import { pageByNumber, pageByTime, Page } from '../../shared/runtime/paging';
import { cursorSchema, idSchema } from '../../shared/runtime/schemas';
import { onePerProduct, POST_IMAGES_MAX, POST_TEXT_MAX, statusFromChecks, thumbsMatch, TOPIC_MAX, UGC_FILE_ID } from '../../shared/domain/post';
import { checkText, registerImageChecks, settlePost, startImageChecks } from '../flows/checks';
import { setLike } from '../flows/likes';
import { likeId, LikeDoc, PostDoc, postView, visibleTo } from '../flows/posts';
import { postRewardDue, takeBackPostRewards } from '../flows/rewards';
import { readNewPost } from '../flows/post-read';

const PAGE_SIZE = 10;
/** The caller's posts awaiting checks shown above the feed at most. */
const PENDING_SHOWN = 5;
const EFFECTIVE: OrderDoc['status'][] = ['effective', 'completed'];
const chars = (s: string) => Array.from(s).length;

const createInput = z
  .object({
    text: z.string().trim().refine((t) => chars(t) <= POST_TEXT_MAX, `正文最多 ${POST_TEXT_MAX} 字`),
    images: z
      .array(z.string().max(300).regex(UGC_FILE_ID, '图片必须是上传到云存储的文件'))
      .max(POST_IMAGES_MAX, `最多 ${POST_IMAGES_MAX} 张图片`)
      .refine((list) => new Set(list).size === list.length, '图片重复了')
      .default([]),
    /** The photos' list-sized copies (thumbOf), in the same order. */
    thumbs: z.array(z.string().max(320).regex(UGC_FILE_ID, '图片必须是上传到云存储的文件')).max(POST_IMAGES_MAX).optional(),
    orderId: idSchema.optional(),
    productId: idSchema.optional(),
    topic: z.string().trim().max(TOPIC_MAX, `话题最多 ${TOPIC_MAX} 字`).optional(),
    allowReuse: z.boolean().default(false),
    clientToken: z.string().max(64).regex(/^[A-Za-z0-9_-]+$/, '格式不正确').optional(),
    contestId: idSchema.optional(),
    eventId: idSchema.optional(),
  })
  .refine((p) => p.text.length > 0 || p.images.length > 0, { message: '写点什么或加张图片吧', path: ['text'] })
  .refine((p) => !p.thumbs || thumbsMatch(p.images, p.thumbs), { message: '缩略图与图片不对应', path: ['thumbs'] });

/**
 * 发晒单: the text is checked before anything is stored (risky → CONTENT_REJECTED,
 * nothing written); photos are checked asynchronously. Others see the post once every
 * check passed; review or a failed check sends it to the moderation queue. A post
 * published at once owes its author the reward in its insert (granted by the outbox).
 * Four round trips with photos: one read (flows/post-read), the photos' checks
 * registered together, the post, and the verdicts that arrived meanwhile; two without.
 */
export const createPost = action({
  input: createInput,
  async handler(input, { db, now, openid }): Promise<{ postId: string; status: PostDoc['status']; post: PostView }> {
    const postId = idForRequest(openid, input.clientToken);
    const facts = await readNewPost(db, openid, { ...input, postId, retry: Boolean(input.clientToken) }, now);
    if (facts.again) return { postId, status: facts.again.status, post: postView(facts.again, openid, false) };
    const { me, tie, contest, event } = facts;
    const topic = input.topic || contest?.topic || null;
    const text = await checkText([input.text, topic].filter(Boolean).join('\n'), openid);
    if (text.verdict === 'risky') throw new AppError('CONTENT_REJECTED', '内容含有不适宜发布的信息，请修改后再发布');
    // Every picture anyone sees is checked: the photos and their list-sized copies.
    const copies = (input.thumbs ?? []).filter((t) => !input.images.includes(t));
    const images = await startImageChecks([...input.images, ...copies], openid);
    await registerImageChecks(db, postId, images, now);
    const status = statusFromChecks(text.verdict, images.map((c) => c.verdict));
    const post: PostDoc = {
      _id: postId,
      authorOpenid: openid,
      author: me,
      text: input.text,
      images: input.images,
      ...(copies.length ? { thumbs: input.thumbs } : {}),
      ...tie,
      topic,
      contestId: contest?._id ?? null,
      contestTitle: contest?.title ?? null,
      contestWinner: false,
      eventId: event?._id ?? null,
      eventTitle: event?.title ?? null,
      allowReuse: input.allowReuse,
      status,
      featured: false,
      featuredAt: null,
      likes: 0,
      checks: { text, images },
      moderation: null,
      createdAt: now,
      updatedAt: now,
      publishedAt: status === 'published' ? now : null,
      ...(status === 'published' ? { rewardsDue: [postRewardDue(postId, now)], rewardDue: true as const } : {}),
    };
    const added = await insertOnce(db, 'posts', post);
    if (!added) {
      const existing = await getDoc<PostDoc>(db, 'posts', postId);
      if (!existing) throw new AppError('CONFLICT');
      return { postId, status: existing.status, post: postView(existing, openid, false) };
    }
    // A photo's verdict may have come back between its registration and the post's insert.
    const settled = status === 'checking' ? ((await settlePost(db, postId, now, post)) ?? post) : post;
    return { postId, status: settled.status, post: postView(settled, openid, false) };
  },
});

/** Which of `posts` the viewer liked: one read by like ids. */
async function likedBy(db: Database, posts: readonly PostDoc[], openid: string): Promise<Set<string>> {
  if (!posts.length) return new Set();
  const _ = db.command;
  const res = await db.collection('likes').where({ _id: _.in(posts.map((p) => likeId(p._id, openid))) }).limit(posts.length).get();
  return new Set((res.data as LikeDoc[]).map((l) => l.postId));
}

async function views(db: Database, posts: readonly PostDoc[], openid: string): Promise<PostView[]> {
  const liked = await likedBy(db, posts, openid);
  return posts.map((p) => postView(p, openid, liked.has(p._id)));
}

function feedPage(db: Database, input: { sort: 'newest' | 'hottest' | 'featured'; cursor?: string; mine?: boolean; productId?: string; contestId?: string }, openid: string): Promise<Page<PostDoc>> {
  const _ = db.command;
  if (input.contestId) {
    const where = { contestId: input.contestId, status: 'published' };
    return input.sort === 'hottest' ? pageByNumber(db, 'posts', where, 'likes', input.cursor, PAGE_SIZE) : pageByTime(db, 'posts', where, 'createdAt', input.cursor, PAGE_SIZE);
  }
  if (input.mine) return pageByTime(db, 'posts', { authorOpenid: openid, status: _.neq('deleted') }, 'createdAt', input.cursor, PAGE_SIZE);
  if (input.productId) return pageByTime(db, 'posts', { 'product.productId': input.productId, status: 'published' }, 'createdAt', input.cursor, PAGE_SIZE);
  if (input.sort === 'hottest') return pageByNumber(db, 'posts', { status: 'published' }, 'likes', input.cursor, PAGE_SIZE);
  if (input.sort === 'featured') return pageByTime(db, 'posts', { status: 'published', featured: true }, 'featuredAt', input.cursor, PAGE_SIZE);
  return pageByTime(db, 'posts', { status: 'published' }, 'createdAt', input.cursor, PAGE_SIZE);
}

/** The feed: newest, hottest or featured, a page at a time, in two round trips (the page, then which of it the caller liked). */
export const listPosts = action({
  input: z.object({
    sort: z.enum(['newest', 'hottest', 'featured']).default('newest'),
    cursor: cursorSchema,
    mine: z.boolean().optional(),
    productId: idSchema.optional(),
    contestId: idSchema.optional(),
  }),
  async handler(input, { db, openid }): Promise<ListPostsOutput> {
    const page = await feedPage(db, input, openid);
    return { items: await views(db, page.items, openid), ...(page.cursor ? { cursor: page.cursor } : {}) };
  },
});

/** 审核中: the caller's own posts others cannot see yet (checking or in review), newest first; shown above the newest feed. */
export const pendingPosts = action({
  input: z.object({}),
  async handler(_input, { db, openid }): Promise<{ items: PostView[] }> {
    const res = await db.collection('posts').where({ authorOpenid: openid, status: db.command.in(['checking', 'review']) }).orderBy('createdAt', 'desc').limit(PENDING_SHOWN).get();
    // Nobody can like a post before it is published: no likes to read.
    return { items: (res.data as PostDoc[]).map((p) => postView(p, openid, false)) };
  },
});

export const getPost = action({
  input: z.object({ postId: idSchema }),
  async handler({ postId }, { db, openid }): Promise<{ post: PostView }> {
    const post = await getDoc<PostDoc>(db, 'posts', postId);
    if (!post || !visibleTo(post, openid)) throw new AppError('NOT_FOUND', '晒单不存在或暂不可见');
    const [view] = await views(db, [post], openid);
    return { post: view };
  },
});

/** 点赞 / 取消: toggles, or sets `like` (so a retried call changes nothing). */
export const likePost = action({
  input: z.object({ postId: idSchema, like: z.boolean().optional() }),
  handler: ({ postId, like }, { db, now, openid }) => setLike(db, postId, openid, like, now),
});

/** The author removes their post; what publishing it earned is taken back. Deleting twice is fine. */
export const deletePost = action({
  input: z.object({ postId: idSchema }),
  async handler({ postId }, { db, now, openid }): Promise<{ status: 'deleted' }> {
    const _ = db.command;
    const res = await db.collection('posts').where({ _id: postId, authorOpenid: openid, status: _.neq('deleted') }).update({ status: 'deleted', featured: false, updatedAt: now });
    if (!updatedCount(res)) {
      const post = await getDoc<PostDoc>(db, 'posts', postId);
      if (!post || post.authorOpenid !== openid) throw new AppError('NOT_FOUND', '晒单不存在');
    }
    await takeBackPostRewards(db, postId, '删除晒单，收回发布奖励', now, false);
    return { status: 'deleted' };
  },
});

/** The caller's effective orders, newest first and one row per product, for 已购认证 on a new post. */
export const postableOrders = action({
  input: z.object({}),
  async handler(_input, { db, openid }): Promise<{ items: PostableOrderView[] }> {
    const _ = db.command;
    const res = await db.collection('orders').where({ openid, status: _.in(EFFECTIVE) }).orderBy('createdAt', 'desc').limit(20).get();
    const orders = res.data as OrderDoc[];
    const dealIds = [...new Set(orders.map((o) => o.dealId))];
    const deals = dealIds.length ? ((await db.collection('deals').where({ _id: _.in(dealIds) }).limit(dealIds.length).get()).data as DealDoc[]) : [];
    const productOf = new Map(deals.map((d) => [d._id, d.productId]));
    const rows = orders.map((o) => ({
      orderId: o._id,
      title: o.title,
      image: o.image,
      productId: productOf.get(o.dealId) ?? '',
      paidAt: o.paidAt ? new Date(o.paidAt).toISOString() : null,
    }));
    return { items: onePerProduct(rows) };
  },
});
