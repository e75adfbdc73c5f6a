import type { AdminPostView, ModerationAction, ModerationQueue } from '@shared/api'
import type { ChipTone, StatusChip } from '@/utils/order-status'

type PostState = Pick<AdminPostView, 'status' | 'featured'>

/** The queues, in the order an operator works through them. */
export const MODERATION_QUEUES: { key: ModerationQueue; label: string }[] = [
  { key: 'review', label: '待审核' },
  { key: 'published', label: '已发布' },
  { key: 'featured', label: '精选' },
  { key: 'hidden', label: '已隐藏' },
  { key: 'checking', label: '检测中' },
]

export interface ModerationButton {
  action: ModerationAction
  label: string
  tone: ChipTone
}

const HIDE: ModerationButton = { action: 'hide', label: '隐藏', tone: 'berry' }

/**
 * What the operator may do with a post: publish one waiting (通过: in review, or with photos
 * still being checked) or hidden (恢复发布), feature a published one or take back its 精选,
 * hide anything visible or waiting. Nothing once its author deleted it.
 */
export function moderationButtons(post: PostState): ModerationButton[] {
  switch (post.status) {
    case 'review':
    case 'checking':
      return [HIDE, { action: 'approve', label: '通过', tone: 'green' }]
    case 'published':
      return post.featured ? [HIDE, { action: 'unfeature', label: '取消精选', tone: 'plain' }] : [HIDE, { action: 'feature', label: '精选', tone: 'amber' }]
    case 'hidden':
      return [{ action: 'approve', label: '恢复发布', tone: 'green' }]
    default:
      return []
  }
}

/** Whether a post (as a decision left it) still belongs in a queue; 已发布 includes the 精选 ones. */
export function belongsToQueue(post: PostState, queue: ModerationQueue): boolean {
  if (queue === 'featured') return post.status === 'published' && post.featured
  return post.status === queue
}

/** The chip on a post for the operator (the author's own wording is utils/post-status). */
export function moderationStatusChip(post: PostState): StatusChip {
  switch (post.status) {
    case 'review':
      return { label: '待审核', tone: 'amber' }
    case 'published':
      return post.featured ? { label: '精选', tone: 'amber' } : { label: '已发布', tone: 'green' }
    case 'hidden':
      return { label: '已隐藏', tone: 'berry' }
    case 'checking':
      return { label: '图片检测中', tone: 'plain' }
    default:
      return { label: '作者已删除', tone: 'plain' }
  }
}

const PAST: Record<ModerationAction, string> = { approve: '通过发布', hide: '隐藏', feature: '设为精选', unfeature: '取消精选' }

/** A past decision as the card's history line names it. */
export const moderationActionLabel = (action: ModerationAction): string => PAST[action] ?? action

/**
 * The card's history line: the last decision (what, when, by whom, and the reason or note
 * on a second line), or that the content check hid the post before anyone decided.
 */
export function moderationHistory(post: Pick<AdminPostView, 'status' | 'moderation'>, at: (iso: string) => string): string | null {
  const m = post.moderation
  if (m) {
    const note = m.note ? `\n${m.action === 'hide' ? '原因' : '备注'}：${m.note}` : ''
    return `上次处理：${moderationActionLabel(m.action)} · ${at(m.at)} · ${m.by}${note}`
  }
  return post.status === 'hidden' ? '内容检测判定违规，已自动隐藏' : null
}
