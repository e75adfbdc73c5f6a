import type { AdminPostCommentView, AdminPostView, CommentModerationAction, CommentQueue, ModerationAction, ModerationQueue, PostStatus } from '@shared/api'
import { invoke } from './api-client'

// 内容审核: the moderation queues and decisions. Admins only (FORBIDDEN otherwise).

/** One page of a queue (待审核, 已发布, 精选, 已隐藏, 检测中), newest first. */
export function moderationPosts(queue: ModerationQueue, cursor?: string): Promise<{ items: AdminPostView[]; cursor?: string }> {
  return invoke('admin', 'moderationPosts', cursor ? { queue, cursor } : { queue })
}

/**
 * approve publishes, hide takes down (and takes back what the post earned), feature grants
 * its author growth and points. `seenStatus` is the status on screen: if another moderator
 * moved the post since, the call fails with CONFLICT instead of undoing their decision.
 */
export async function moderatePost(postId: string, action: ModerationAction, note?: string, seenStatus?: PostStatus): Promise<AdminPostView> {
  const input = { postId, decision: action, ...(note ? { note } : {}), ...(seenStatus ? { seenStatus } : {}) }
  return (await invoke('admin', 'moderatePost', input)).post
}

/** 内容审核 → 评论: held (review), visible or hidden comments, newest first. */
export function moderationComments(queue: CommentQueue, cursor?: string): Promise<{ items: AdminPostCommentView[]; cursor?: string }> {
  return invoke('admin', 'moderationComments', cursor ? { queue, cursor } : { queue })
}

/** approve shows a held or hidden comment (counted on its post), hide takes it down. */
export async function moderateComment(commentId: string, decision: CommentModerationAction): Promise<AdminPostCommentView> {
  return (await invoke('admin', 'moderateComment', { commentId, decision })).comment
}
