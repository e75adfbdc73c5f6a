import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useReachBottom, useShareAppMessage } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import type { PostSort } from '@shared/api'
import { BRAND } from '@/constants/brand'
import { PageShell } from '@/components/page-shell'
import { PostFab } from '@/components/post-fab'
import { usePostLike } from '@/hooks/use-post-like'
import { openMyPosts, openNewPost } from '@/routes'
import { FEED_PATH } from '@/utils/community-paths'
import { ContestStrip } from './contest-strip'
import { FeedBar } from './feed-bar'
import { FeedList } from './feed-list'
import { usePostFeed } from './use-post-feed'
import './index.scss'

/** 社区: everyone's 晒单, newest, hottest or featured. */
export default function CommunityPage() {
  const [sort, setSort] = useState<PostSort>('newest')
  const { lists, pending, applyLike } = usePostFeed()
  const like = usePostLike(applyLike)
  const active = lists[sort]
  const shown = useRef(false)

  // A tab loads when first opened.
  const { status } = active.state
  const { reload } = active
  useEffect(() => {
    if (status === 'idle') reload()
  }, [status, reload])

  // Coming back while my own posts are in review: they may have been decided meanwhile.
  useDidShow(() => {
    if (shown.current && pending.length) lists.newest.reload(true)
    shown.current = true
  })
  usePullDownRefresh(async () => {
    const error = await active.reload(true)
    Taro.stopPullDownRefresh()
    if (error) Taro.showToast({ title: error.message, icon: 'none' })
  })
  useReachBottom(() => {
    active.loadMore()
  })
  useShareAppMessage(() => ({ title: `${BRAND.name} · 看看大家的餐桌`, path: FEED_PATH }))

  return (
    <PageShell className='community'>
      <View className='community__head'>
        <Text className='community__title'>社区晒单</Text>
        <Text className='community__note'>看看大家怎么吃 · 晒单得成长值</Text>
      </View>
      <ContestStrip />
      <FeedBar sort={sort} onSort={setSort} onMine={openMyPosts} />
      <FeedList
        sort={sort}
        state={active.state}
        pending={pending}
        onLike={like}
        onRetry={() => active.reload()}
        onMore={active.loadMore}
      />
      <PostFab onTap={openNewPost} />
    </PageShell>
  )
}
