import type { AdminPostView, ModerationAction, PostAuthorView, PostStatus, PostView } from '../../shared/api';
import type { CheckOutcome } from '../../shared/domain/post';
import { listPictures, statusNote } from '../../shared/domain/post';
import type { RewardDue } from './rewards';

/** One photo's content check: started with a trace id (null when starting failed), answered later. */
export interface ImageCheck {
  fileId: string;
  traceId: string | null;
  verdict: CheckOutcome;
  label: string;
}

/** A 晒单 post (`posts`). Everyone sees it only while `status` is published. */
export interface PostDoc {
  _id: string;
  authorOpenid: string;
  /** The author as they were when posting. */
  author: PostAuthorView;
  text: string;
  images: string[];
  /** The photos sized for a strip of small squares (240×240), one per image, when they were made. */
  thumbs?: string[];
  /** The author's own effective order it is tied to; `verified` until that order is refunded. */
  orderId: string | null;
  verified: boolean;
  product: PostView['product'];
  topic: string | null;
  /** The contest it entered (征集活动), its title as when entered, and whether it won. */
  contestId: string | null;
  contestTitle: string | null;
  contestWinner: boolean;
  /** The offline event it is tagged with (its author attended), its title as when posted. */
  eventId: string | null;
  eventTitle: string | null;
  allowReuse: boolean;
  status: PostStatus;
  featured: boolean;
  featuredAt: Date | null;
  likes: number;
  /** Published comments, moved once per comment status change (see flows/comment-count). Absent on older posts. */
  comments?: number;
  /** The count moves applied (flows/comment-count), pruned by the outbox. */
  applied?: { key: string; at: Date }[];
  /** Rewards its author earned that the outbox still owes (flows/outbox); `rewardDue` marks the post for it. */
  rewardsDue?: RewardDue[];
  rewardDue?: true;
  /** When a drain claimed its rewards (one drain at a time). */
  rewardClaimAt?: Date;
  checks: { text: { verdict: Exclude<CheckOutcome, null>; label: string }; images: ImageCheck[] };
  /** The last moderator decision; once set, late check results no longer move the post. */
  moderation: { action: ModerationAction; note: string; by: string; at: Date } | null;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
}

/** One like (`likes`): its id is the lock, so a member likes a post at most once. */
export interface LikeDoc {
  _id: string;
  postId: string;
  openid: string;
  authorOpenid: string;
  createdAt: Date;
}

/**
 * An image check waiting for its callback (`mediaChecks`, `_id` = the trace id). The
 * verdict may arrive before the post is written: then the callback writes it first
 * and the post picks it up when it settles.
 */
export interface MediaCheckDoc {
  _id: string;
  postId: string | null;
  index: number | null;
  fileId: string | null;
  verdict: Exclude<CheckOutcome, null | 'error'> | null;
  label: string;
  createdAt: Date;
  answeredAt: Date | null;
}

export const likeId = (postId: string, openid: string) => `${postId}_${openid}`;

export function postView(post: PostDoc, viewer: string, liked: boolean): PostView {
  const mine = post.authorOpenid === viewer;
  return {
    postId: post._id,
    author: post.author,
    mine,
    text: post.text,
    images: post.images,
    thumbs: listPictures(post),
    verified: post.verified,
    product: post.product,
    topic: post.topic,
    contest: post.contestId ? { contestId: post.contestId, title: post.contestTitle ?? '', winner: Boolean(post.contestWinner) } : null,
    event: post.eventId ? { eventId: post.eventId, title: post.eventTitle ?? '' } : null,
    allowReuse: post.allowReuse,
    status: post.status,
    statusNote: mine ? statusNote(post.status, post.moderation?.action === 'hide' ? post.moderation.note : null) : null,
    likes: post.likes,
    liked,
    comments: Math.max(0, post.comments ?? 0),
    featured: post.featured,
    createdAt: new Date(post.createdAt).toISOString(),
  };
}

export function adminPostView(post: PostDoc, viewer: string, liked = false): AdminPostView {
  const { moderation } = post;
  return {
    ...postView(post, viewer, liked),
    statusNote: statusNote(post.status, moderation?.action === 'hide' ? moderation.note : null),
    authorOpenid: post.authorOpenid,
    checks: {
      text: post.checks.text,
      images: post.checks.images.map(({ fileId, verdict, label }) => ({ fileId, verdict, label })),
    },
    moderation: moderation ? { ...moderation, at: new Date(moderation.at).toISOString() } : null,
  };
}

/** Whether `viewer` may see the post: everyone when published, its author unless deleted. */
export function visibleTo(post: PostDoc, viewer: string): boolean {
  return post.status === 'published' || (post.authorOpenid === viewer && post.status !== 'deleted');
}
