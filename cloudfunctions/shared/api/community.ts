/** The wire contract of 社区: polls. */
import type { Tier } from './member';
import type { CommentStatus, PostStatus } from '../domain/post';
import type { ContestPhase } from '../domain/contest';

export interface PollOptionView {
  optionId: string;
  label: string;
  image: string;
  /** Only when results are visible (after voting or after close). */
  votes: number | null;
}

export interface PollView {
  pollId: string;
  title: string;
  description: string;
  options: PollOptionView[];
  multiple: boolean;
  maxChoices: number;
  minTier: Tier;
  openAt: string;
  closeAt: string;
  phase: 'upcoming' | 'open' | 'closed';
  totalVoters: number;
  myChoices: string[] | null;
  resultsVisible: boolean;
  /** Why the caller may not vote now, or null. */
  voteBlockedReason: string | null;
  dealId: string | null;
  adoptedDealId: string | null;
  winnerOptionId: string | null;
}

export interface PollDraft {
  title: string;
  description: string;
  options: { label: string; image?: string }[];
  maxChoices: number;
  minTier: Tier;
  openAt: string;
  closeAt: string;
  dealId?: string;
}

export interface MemberSettings {
  officerThreshold: number;
  checkinRewards: { growth: number; points: number }[];
}

// ── 晒单 posts ──────────────────────────────────────────────────────────────

export type PostSort = 'newest' | 'hottest' | 'featured';

export type { PostStatus } from '../domain/post';

export interface PostAuthorView {
  nickname: string;
  avatar: string;
  tier: Tier;
}

export interface PostView {
  postId: string;
  author: PostAuthorView;
  /** The caller wrote it (may delete it; sees its status). */
  mine: boolean;
  text: string;
  /** Cloud file ids (`cloud://…`), at most 9. */
  images: string[];
  /** What a list shows for them: their list-sized copies (about 360 px wide), else the photos themselves; same order. */
  thumbs: string[];
  /** 已购认证: tied to the author's own effective order. */
  verified: boolean;
  /** The product it shows, and the deal to buy it from (the order's deal, else the product's latest active deal). */
  product: { productId: string; name: string; image: string; dealId: string | null } | null;
  topic: string | null;
  /** The contest it entered, and whether it won. */
  contest: { contestId: string; title: string; winner: boolean } | null;
  /** The offline event (线下活动) it shows, tagged by a member who attended it. */
  event?: { eventId: string; title: string } | null;
  allowReuse: boolean;
  status: PostStatus;
  /** For the author, why others cannot see it yet (审核中 …); null when published. */
  statusNote: string | null;
  likes: number;
  liked: boolean;
  /** Comments everyone can see (评论数). */
  comments: number;
  featured: boolean;
  createdAt: string;
}

export interface CreatePostInput {
  text: string;
  images?: string[];
  /** Each photo's list-sized copy, uploaded beside it as `<name>.thumb.jpg` (or the photo itself when none was made). */
  thumbs?: string[];
  orderId?: string;
  productId?: string;
  topic?: string;
  allowReuse?: boolean;
  /** Made once per draft by the client: sending the same draft again returns the post it made. */
  clientToken?: string;
  /** Enter an open contest (征集活动). */
  contestId?: string;
  /** Tag an offline event (线下活动) the caller attended (checked in). */
  eventId?: string;
}

export interface CreatePostOutput {
  postId: string;
  status: PostStatus;
  post: PostView;
}

export interface ListPostsInput {
  sort?: PostSort;
  cursor?: string;
  /** Only the caller's own posts, whatever their status (我的晒单). */
  mine?: boolean;
  productId?: string;
  /** The published entries of one contest. */
  contestId?: string;
}

export interface ListPostsOutput {
  items: PostView[];
  cursor?: string;
  /**
   * The caller's own posts others cannot see yet (checking or in review): the app's first
   * page of `newest` brings them from `pendingPosts`, called beside it (src/services/community.ts).
   */
  pending?: PostView[];
}

/** A product the caller bought (已购认证), once however many effective orders of it: tied to the newest. */
export interface PostableOrderView {
  orderId: string;
  /** Every effective order of this product (newest first), so a composer opened from any of them finds its row. */
  orderIds: string[];
  title: string;
  image: string;
  productId: string;
  paidAt: string | null;
}

export interface PostCheckView {
  /** The text's verdict and label; null while unknown. */
  text: { verdict: 'pass' | 'review' | 'risky' | 'error'; label: string };
  images: { fileId: string; verdict: 'pass' | 'review' | 'risky' | 'error' | null; label: string }[];
}

/** What the moderator sees: the post, its author's openid, the check results and past decisions. */
export interface AdminPostView extends PostView {
  authorOpenid: string;
  checks: PostCheckView;
  moderation: { action: ModerationAction; note: string; by: string; at: string } | null;
}

export type ModerationAction = 'approve' | 'hide' | 'feature' | 'unfeature';

export type ModerationQueue = 'review' | 'published' | 'featured' | 'hidden' | 'checking';

// ── 评论 on 晒单 ─────────────────────────────────────────────────────────────

export type { CommentStatus } from '../domain/post';

export interface PostCommentView {
  commentId: string;
  postId: string;
  author: PostAuthorView;
  text: string;
  /** The caller wrote it. */
  mine: boolean;
  /** The caller may delete it: its author, or a moderator. */
  canDelete: boolean;
  status: CommentStatus;
  /** For its author, why others cannot see it (审核中 …); null when published. */
  statusNote: string | null;
  createdAt: string;
}

export interface ListCommentsOutput {
  items: PostCommentView[];
  cursor?: string;
  /** First page only: the caller's own comments others cannot see yet (审核中). */
  pending?: PostCommentView[];
  /** The post's visible comment count now. */
  comments: number;
}

/** What a moderator sees of a comment: the text check and the post it is on. */
export interface AdminPostCommentView extends PostCommentView {
  authorOpenid: string;
  check: { verdict: 'pass' | 'review' | 'error'; label: string };
  post: { postId: string; text: string; authorNickname: string };
  moderation: { action: CommentModerationAction; note: string; by: string; at: string } | null;
}

export type CommentModerationAction = 'approve' | 'hide';

export type CommentQueue = 'review' | 'published' | 'hidden';

// ── 晒单 contests (征集活动) ────────────────────────────────────────────────

export type { ContestPhase } from '../domain/contest';

export interface ContestView {
  contestId: string;
  title: string;
  description: string;
  /** Entries carry this topic too (e.g. 早餐搭配). */
  topic: string;
  cover: string;
  startAt: string;
  endAt: string;
  phase: ContestPhase;
  /** What each winner earns, on top of being featured. */
  reward: { growth: number; points: number };
  maxWinners: number;
  /** Published entries. */
  entries: number;
  winners: { postId: string; nickname: string; avatar: string }[];
}

export interface ContestDraft {
  title: string;
  description: string;
  topic: string;
  cover?: string;
  startAt: string;
  endAt: string;
  reward: { growth: number; points: number };
  maxWinners: number;
}
