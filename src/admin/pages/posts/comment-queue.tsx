import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import type { AdminPostCommentView, CommentModerationAction, CommentQueue as Queue } from '@shared/api'
import { AdminList } from '@/admin/components/admin-list'
import { FilterChips } from '@/admin/components/filter-chips'
import { usePagedList } from '@/hooks/use-paged-list'
import { toAppError } from '@/services/app-error'
import { moderateComment, moderationComments } from '@/services/admin-posts'
import { formatDateTime } from '@/utils/format'
import '@/admin/components/admin-card.scss'

const QUEUES: { value: Queue; label: string }[] = [
  { value: 'review', label: '待审核' },
  { value: 'published', label: '已发布' },
  { value: 'hidden', label: '已隐藏' },
]
const VERDICT: Record<AdminPostCommentView['check']['verdict'], string> = { pass: '通过', review: '建议复核', error: '检测失败' }
const EMPTY: Record<Queue, string> = { review: '没有待审核的评论', published: '还没有评论', hidden: '没有被隐藏的评论' }
const BUTTONS: Record<Queue, { action: CommentModerationAction; label: string }[]> = {
  review: [
    { action: 'hide', label: '隐藏' },
    { action: 'approve', label: '通过' },
  ],
  published: [{ action: 'hide', label: '隐藏' }],
  hidden: [{ action: 'approve', label: '恢复' }],
}

/** 内容审核 → 评论: held comments to pass or hide, visible ones to take down, hidden ones to restore. */
export function CommentQueue() {
  const [queue, setQueue] = useState<Queue>('review')
  const list = usePagedList(useCallback((cursor?: string) => moderationComments(queue, cursor), [queue]))
  const { reload } = list
  useEffect(() => {
    reload()
  }, [reload])

  const decide = async (c: AdminPostCommentView, action: CommentModerationAction) => {
    try {
      const moved = await moderateComment(c.commentId, action)
      list.update((item) => (item.commentId !== c.commentId ? item : moved.status === queue ? moved : null))
      Taro.showToast({ title: action === 'approve' ? '已通过' : '已隐藏', icon: 'none' })
    } catch (e) {
      Taro.showToast({ title: toAppError(e).message, icon: 'none' })
      reload(true)
    }
  }

  return (
    <View className='comment-queue'>
      <FilterChips options={QUEUES} value={queue} onChange={(q) => q && setQueue(q)} />
      <AdminList
        list={list}
        empty={{ title: EMPTY[queue] }}
        row={(c) => (
          <View key={c.commentId} className='admin-card comment-mod' data-comment-id={c.commentId} data-status={c.status}>
            <Text className='comment-mod__meta'>
              {c.author.nickname} · {formatDateTime(c.createdAt)} · 检测：{VERDICT[c.check.verdict]}
            </Text>
            <Text className='comment-mod__text'>{c.text}</Text>
            <Text className='comment-mod__post'>
              评论 {c.post.authorNickname} 的晒单：{c.post.text}
            </Text>
            <View className='admin-card__actions'>
              {BUTTONS[queue].map((b) => (
                <Button key={b.action} className={`admin-card__btn admin-card__${b.action === 'approve' ? 'approve' : 'reject'} comment-mod__${b.action}`} onClick={() => decide(c, b.action)}>
                  {b.label}
                </Button>
              ))}
            </View>
          </View>
        )}
      />
    </View>
  )
}
