/** 晒单 rules: what a post may hold, the status its content checks earn, what its author is told. Pure. */

/**
 * checking: images still with the content check; review: in the moderation queue;
 * published: everyone sees it; hidden: refused or taken down (only its author sees it);
 * deleted: removed by its author (nobody sees it).
 */
export type PostStatus = 'checking' | 'review' | 'published' | 'hidden' | 'deleted';

export const POST_TEXT_MAX = 1000;
export const POST_IMAGES_MAX = 9;
export const TOPIC_MAX = 20;

/** A check's outcome: the platform's verdict, `error` when the check failed or timed out, null while pending. */
export type CheckOutcome = 'pass' | 'review' | 'risky' | 'error' | null;

/**
 * Photos must be files the mini-program uploaded under `ugc/` of a cloud environment:
 * `cloud://<env>.<bucket>/ugc/…`. Nothing else (no web URLs, no product pictures).
 */
export const UGC_FILE_ID = /^cloud:\/\/[A-Za-z0-9._-]+\/ugc\/[A-Za-z0-9/_.-]{1,200}$/;

/** Where a photo's list-sized copy is uploaded: beside it, `<name>.thumb.jpg` (the app makes it before posting). */
export function thumbOf(fileId: string): string {
  return fileId.replace(/\.[A-Za-z0-9]+$/, '') + '.thumb.jpg';
}

/** Whether `thumbs` are the photos' own copies, one each in order (a photo may stand for itself: no copy made). */
export function thumbsMatch(images: readonly string[], thumbs: readonly string[]): boolean {
  return thumbs.length === images.length && thumbs.every((t, i) => t === images[i] || t === thumbOf(images[i]));
}

/** The pictures a list shows for a post: its copies when it has one for every photo, else the photos. */
export function listPictures(post: { images: readonly string[]; thumbs?: readonly string[] | null }): string[] {
  return post.thumbs && post.thumbs.length === post.images.length ? [...post.thumbs] : [...post.images];
}

/**
 * The status a post's content checks earn, before any moderator acted. Any risky photo
 * hides the post; a photo or text for review, or a failed check, sends it to the
 * moderation queue; a photo still being checked keeps it checking; otherwise published.
 * (Risky text never gets here: it is refused before anything is stored.)
 */
export function statusFromChecks(text: CheckOutcome, images: readonly CheckOutcome[]): Exclude<PostStatus, 'deleted'> {
  const all = [text, ...images];
  if (all.includes('risky')) return 'hidden';
  if (all.includes('review') || all.includes('error')) return 'review';
  if (all.includes(null)) return 'checking';
  return 'published';
}

/** What the author reads on a post others cannot see; null when everyone sees it. */
export function statusNote(status: PostStatus, moderatorNote?: string | null): string | null {
  switch (status) {
    case 'checking':
      return '图片安全检测中，通过后所有人可见';
    case 'review':
      return '审核中，通过后所有人可见';
    case 'hidden':
      return moderatorNote ? `未通过审核：${moderatorNote}（仅自己可见）` : '未通过审核，仅自己可见';
    case 'deleted':
      return '已删除';
    default:
      return null;
  }
}

/** Statuses a moderator may move a post out of, by decision. */
export const MODERATION_FROM = {
  approve: ['review', 'hidden', 'checking'],
  hide: ['published', 'review', 'checking'],
  feature: ['published'],
  unfeature: ['published'],
} as const satisfies Record<string, readonly PostStatus[]>;

// ── 评论 on a post ──────────────────────────────────────────────────────────

export const COMMENT_TEXT_MAX = 300;

/**
 * published: everyone who sees the post sees it; review: held for a moderator (only its
 * author sees it); hidden: a moderator took it down (only its author sees it); deleted:
 * removed by its author or a moderator (nobody sees it).
 */
export type CommentStatus = 'published' | 'review' | 'hidden' | 'deleted';

/** How many comments a member may write: a few a minute, a day's worth in all. */
export const COMMENT_LIMITS = { perMinute: 5, perDay: 100 } as const;

/**
 * A comment's status from its text check, as for posts: risky text is refused before
 * anything is stored; review, or a check that failed, holds it for a moderator.
 */
export function commentStatusFromCheck(verdict: Exclude<CheckOutcome, null | 'risky'>): Exclude<CommentStatus, 'hidden' | 'deleted'> {
  return verdict === 'pass' ? 'published' : 'review';
}

/** How a move between statuses changes the post's visible comment count: +1, -1 or 0. */
export function commentCountDelta(from: CommentStatus | null, to: CommentStatus): -1 | 0 | 1 {
  const was = from === 'published';
  const is = to === 'published';
  return was === is ? 0 : is ? 1 : -1;
}

/** What a comment's author reads under a comment others cannot see. */
export function commentStatusNote(status: CommentStatus): string | null {
  if (status === 'review') return '审核中，通过后其他人可见';
  if (status === 'hidden') return '未通过审核，仅自己可见';
  return null;
}

/** Statuses a moderator may move a comment out of, by decision. */
export const COMMENT_MODERATION_FROM = {
  approve: ['review', 'hidden'],
  hide: ['published', 'review'],
} as const satisfies Record<string, readonly CommentStatus[]>;

// ── 关联订单 on a new post ──────────────────────────────────────────────────

/**
 * One row per product for 关联订单: a member who bought the same product twice (a group
 * and a solo order, or two deals of it) sees it once, tied to the newest order, and the
 * row knows every order it stands for. `orders` come newest first.
 */
export function onePerProduct<T extends { orderId: string; productId: string }>(orders: readonly T[]): (T & { orderIds: string[] })[] {
  const rows = new Map<string, T & { orderIds: string[] }>();
  for (const order of orders) {
    const key = order.productId || order.orderId;
    const row = rows.get(key);
    if (row) row.orderIds.push(order.orderId);
    else rows.set(key, { ...order, orderIds: [order.orderId] });
  }
  return [...rows.values()];
}

/** Up to `count` photos from a list of posts (the home strip): every post's first photo, then their second ones, and so on. */
export function previewPhotos(posts: readonly { images: readonly string[] }[], count: number): string[] {
  const picked: string[] = [];
  for (let round = 0; picked.length < count && posts.some((p) => p.images.length > round); round++) {
    for (const post of posts) {
      if (picked.length >= count) break;
      if (post.images[round]) picked.push(post.images[round]);
    }
  }
  return picked;
}
