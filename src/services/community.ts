import type { PollView, CreatePostInput, CreatePostOutput, ListCommentsOutput, ListPostsOutput, PostableOrderView, PostCommentView, PostSort, PostView } from '@shared/api'
import { invoke } from './api-client'
import { askForSubscription } from './subscription-consent'

declare const WX_TMPL_POST_COMMENTED: string

/**
 * 评论提醒: asks for consent to the post-commented subscription message, first in the tap that
 * publishes a post (see askForSubscription); a refusal never blocks posting.
 */
export async function askForCommentNotice(): Promise<void> {
  // A build-time constant; absent outside a Taro build (unit tests). No await before the request.
  await askForSubscription(typeof WX_TMPL_POST_COMMENTED === 'string' ? WX_TMPL_POST_COMMENTED : '')
}

// 投票: the community's polls on the next product.

/** Open, upcoming (within a week) and closed polls, each with the caller's own ballot. */
export async function listPolls(): Promise<PollView[]> {
  return (await invoke('community', 'listPolls', {})).items
}

export async function getPoll(pollId: string): Promise<PollView> {
  return (await invoke('community', 'getPoll', { pollId })).poll
}

/** Casts the caller's one ballot; the poll comes back with its results. */
export async function vote(pollId: string, optionIds: string[]): Promise<PollView> {
  return (await invoke('community', 'vote', { pollId, optionIds })).poll
}

// 晒单: the community feed of posts, likes and the caller's own posts.

/**
 * One page of the feed (newest, hottest or featured); the first newest page also brings the
 * caller's pending posts (审核中), asked for beside the page in a second call at the same time.
 */
export async function listPosts(sort: PostSort, cursor?: string): Promise<ListPostsOutput> {
  const page = invoke('community', 'listPosts', cursor ? { sort, cursor } : { sort })
  if (sort !== 'newest' || cursor) return page
  const [feed, pending] = await Promise.all([page, invoke('community', 'pendingPosts', {})])
  return { ...feed, pending: pending.items }
}

/** 我的晒单: the caller's own posts, whatever their status. */
export function listMyPosts(cursor?: string): Promise<ListPostsOutput> {
  return invoke('community', 'listPosts', cursor ? { mine: true, cursor } : { mine: true })
}

/** 同款晒单: published posts showing one product, newest first. */
export function listProductPosts(productId: string, cursor?: string): Promise<ListPostsOutput> {
  return invoke('community', 'listPosts', cursor ? { productId, cursor } : { productId })
}

export async function getPost(postId: string): Promise<PostView> {
  return (await invoke('community', 'getPost', { postId })).post
}

/** Publishes a post (images already uploaded; see services/storage). Risky text is refused with CONTENT_REJECTED. */
export function createPost(input: CreatePostInput): Promise<CreatePostOutput> {
  return invoke('community', 'createPost', input)
}

/** Sets the caller's like (true) or takes it back (false); the post's count comes back. */
export function likePost(postId: string, like: boolean): Promise<{ liked: boolean; likes: number }> {
  return invoke('community', 'likePost', { postId, like })
}

export async function deletePost(postId: string): Promise<void> {
  await invoke('community', 'deletePost', { postId })
}

/** The caller's effective orders a post may be tied to (已购认证). */
export async function postableOrders(): Promise<PostableOrderView[]> {
  return (await invoke('community', 'postableOrders', {})).items
}

// 评论 on a post.

/** Comments everyone sees, newest first; the first page also brings the caller's own held ones. */
export function listComments(postId: string, cursor?: string): Promise<ListCommentsOutput> {
  return invoke('community', 'listComments', cursor ? { postId, cursor } : { postId })
}

/** Sends a comment (content-checked: CONTENT_REJECTED, or held for review; RATE_LIMITED when too many). */
export function commentPost(postId: string, text: string, clientToken: string): Promise<{ comment: PostCommentView; comments: number }> {
  return invoke('community', 'comment', { postId, text, clientToken })
}

/** Its author or a moderator; answers the post's comment count. */
export async function deleteComment(commentId: string): Promise<number> {
  return (await invoke('community', 'deleteComment', { commentId })).comments
}
