import type { PostStatus } from '@shared/api'
import type { StatusChip } from './order-status'

const CHIP: Record<PostStatus, StatusChip> = {
  checking: { label: '检测中', tone: 'amber' },
  review: { label: '审核中', tone: 'amber' },
  published: { label: '已发布', tone: 'green' },
  hidden: { label: '未通过', tone: 'berry' },
  deleted: { label: '已删除', tone: 'plain' },
}

/** The chip on a post that others may not see (yet): 检测中, 审核中, 未通过. */
export const postStatusChip = (status: PostStatus): StatusChip => CHIP[status] ?? CHIP.review

/** Only the author (and the brand) sees it for now. */
export const isPendingPost = (status: PostStatus): boolean => status === 'checking' || status === 'review'

/** What the author is told right after posting, or null when the post is already public. */
export function submittedNotice(status: PostStatus): string | null {
  if (status === 'published') return null
  if (status === 'checking') return '图片正在安全检测，通过后大家就能看到；在这之前只有你自己能看到这条晒单。'
  if (status === 'review') return '晒单已进入人工审核，通过后大家就能看到；在这之前只有你自己能看到这条晒单。'
  return '这条晒单暂时只有你自己能看到。'
}
