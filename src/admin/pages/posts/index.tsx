import { View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { AdminPostView, ModerationQueue } from '@shared/api'
import { PageShell } from '@/components/page-shell'
import { Tabs } from '@/components/tabs'
import { AdminError } from '@/admin/components/admin-error'
import { AdminList } from '@/admin/components/admin-list'
import { AdminPageHead } from '@/admin/components/admin-page-head'
import { MODERATION_QUEUES } from '@/admin/post-moderation'
import { CommentQueue } from './comment-queue'
import { ModerationSheet } from './moderation-sheet'
import { PostCard } from './post-card'
import { useModeration } from './use-moderation'
import { useModerationQueue } from './use-moderation-queue'
import { useReviewCount } from './use-review-count'
import './index.scss'

const EMPTY: Record<ModerationQueue, { title: string; message: string }> = {
  review: { title: '没有待审核的晒单', message: '内容检测建议复核、或检测失败的晒单会出现在这里' },
  published: { title: '还没有已发布的晒单', message: '通过检测或审核的晒单会出现在这里' },
  featured: { title: '还没有精选晒单', message: '在「已发布」里把用心的晒单设为精选' },
  hidden: { title: '没有被隐藏的晒单', message: '隐藏或检测未通过的晒单会出现在这里，作者仍看得到' },
  checking: { title: '没有检测中的图片', message: '图片内容检测一般几秒到几分钟内完成' },
}

export default function AdminPostsPage() {
  const { queue, changeQueue, list, decided } = useModerationQueue()
  // 评论 sits beside the post queues: held, visible and hidden comments.
  const [commentsOpen, setCommentsOpen] = useState(false)
  const reviewCount = useReviewCount()
  const { refresh: refreshCount } = reviewCount
  const moderation = useModeration({
    onDecided: (post: AdminPostView) => {
      decided(post)
      refreshCount()
    },
    onStale: () => {
      list.reload(true)
      refreshCount()
    },
  })

  // On 待审核 the list itself is the count; elsewhere ask once per visit to a tab.
  useEffect(() => {
    if (queue !== 'review') refreshCount()
  }, [queue, refreshCount])
  usePullDownRefresh(async () => {
    const error = await list.reload(true)
    Taro.stopPullDownRefresh()
    if (error) Taro.showToast({ title: error.message, icon: 'none' })
  })
  useReachBottom(() => {
    list.loadMore()
  })

  const openQueue = (next: ModerationQueue | 'comments') => {
    setCommentsOpen(next === 'comments')
    if (next !== 'comments') changeQueue(next)
    Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
  }

  const { state } = list
  // Not an admin: no queues to show, only the way out.
  if (state.status === 'error' && state.error?.code === 'FORBIDDEN') {
    return (
      <PageShell className='admin-posts'>
        <AdminError error={state.error} onRetry={() => list.reload()} />
      </PageShell>
    )
  }
  const reviewBadge = queue === 'review' && state.status === 'ready' ? (state.cursor ? 100 : state.items.length) : reviewCount.count
  const tabs = [...MODERATION_QUEUES.map((q) => (q.key === 'review' ? { ...q, badge: reviewBadge } : q)), { key: 'comments' as const, label: '评论' }]
  return (
    <PageShell className='admin-posts'>
      <AdminPageHead title='内容审核' note='晒单审核 · 隐藏 · 精选 · 评论' />
      <Tabs items={tabs} value={commentsOpen ? 'comments' : queue} onChange={openQueue} className='admin-posts__tabs' />
      <View className={`admin-posts__list admin-posts__list--${commentsOpen ? 'comments' : queue}`}>
        {commentsOpen ? <CommentQueue /> : <AdminList list={list} empty={EMPTY[queue]} row={(post) => <PostCard key={post.postId} post={post} onModerate={moderation.open} />} />}
      </View>
      {moderation.moderation ? <ModerationSheet moderation={moderation.moderation} busy={moderation.busy} onConfirm={moderation.confirm} onCancel={moderation.close} /> : null}
    </PageShell>
  )
}
