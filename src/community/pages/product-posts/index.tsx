import Taro, { usePullDownRefresh, useReachBottom, useRouter } from '@tarojs/taro'
import { useEffect } from 'react'
import { PageHead } from '@/components/page-head'
import { PageShell } from '@/components/page-shell'
import { PostCard } from '@/components/post-card'
import { useRefreshOnShow } from '@/hooks/use-refresh-on-show'
import { usePostLike } from '@/hooks/use-post-like'
import { openDeal, openFeed, openPost } from '@/routes'
import { PostFeed } from '../../shared/post-feed'
import { useProductPosts } from './use-product-posts'
import './index.scss'

/** 「<product> 的晒单」: every published 晒单 of one product, newest first (the deal page's 查看全部). */
export default function ProductPostsPage() {
  const productId = useRouter().params.productId ?? ''
  const { state, reload, loadMore, applyLike } = useProductPosts(productId)
  const like = usePostLike(applyLike)
  const name = state.items.find((p) => p.product)?.product?.name ?? ''
  const title = name ? `${name} 的晒单` : '买家晒单'

  useRefreshOnShow(reload)
  usePullDownRefresh(async () => {
    await reload(true)
    Taro.stopPullDownRefresh()
  })
  useReachBottom(() => {
    loadMore()
  })
  useEffect(() => {
    Taro.setNavigationBarTitle({ title })
  }, [title])

  return (
    <PageShell className='product-posts'>
      <PageHead title={title} note='买过的人晒出的真实分享，最新的在前' />
      <PostFeed
        state={state}
        className='product-posts__list'
        onRetry={() => reload()}
        onMore={loadMore}
        empty={{ title: '还没有晒单', message: '买过的人晒出后会出现在这里', actionText: '去社区看看', onAction: openFeed }}
        renderPost={(post) => <PostCard key={post.postId} post={post} onLike={like} onOpen={openPost} onOpenDeal={openDeal} />}
      />
    </PageShell>
  )
}
