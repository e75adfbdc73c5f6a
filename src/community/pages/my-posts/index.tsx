import { View } from '@tarojs/components'
import { useReachBottom } from '@tarojs/taro'
import { ListFooter } from '@/components/list-footer'
import { PageHead } from '@/components/page-head'
import { PageShell } from '@/components/page-shell'
import { useRefreshOnShow } from '@/hooks/use-refresh-on-show'
import { PostCard, PostCardSkeleton } from '@/components/post-card'
import { PostFab } from '@/components/post-fab'
import { StatusView } from '@/components/status-view'
import { usePostLike } from '@/hooks/use-post-like'
import { openDeal, openNewPost, openPost } from '@/routes'
import { OwnerBar } from '../../shared/owner-bar'
import { useDeletePost } from '../../shared/use-delete-post'
import { useMyPosts } from './use-my-posts'
import './index.scss'

/** 我的晒单: every post I wrote, with its status while others cannot see it, and 删除. */
export default function MyPostsPage() {
  const { state, reload, loadMore, applyLike, drop } = useMyPosts()
  const like = usePostLike(applyLike)
  const remove = useDeletePost(drop)

  // Reloads quietly back from a post: its likes or status may have changed.
  useRefreshOnShow(reload)
  useReachBottom(() => {
    loadMore()
  })

  return (
    <PageShell className='my-posts'>
      <PageHead title='我的晒单' note='审核中的晒单只有你自己能看到' />
      {state.status === 'loading' ? (
        <View>
          <PostCardSkeleton />
          <PostCardSkeleton />
        </View>
      ) : state.status === 'error' ? (
        <StatusView kind='error' title='加载失败' message={state.error?.message} actionText='重试' onAction={() => reload()} />
      ) : !state.items.length ? (
        <StatusView kind='empty' title='还没有晒单' message='晒出你的餐桌和好物，公开后可得成长值' actionText='发第一条晒单' onAction={openNewPost} />
      ) : (
        <View className='my-posts__list'>
          {state.items.map((post) => (
            <PostCard key={post.postId} post={post} onLike={like} onOpen={openPost} onOpenDeal={openDeal}>
              <OwnerBar post={post} onDelete={remove} />
            </PostCard>
          ))}
          <ListFooter loadingMore={state.loadingMore} hasMore={Boolean(state.cursor)} moreError={state.moreError} onMore={loadMore} endText='没有更多晒单了' />
        </View>
      )}
      {state.status === 'ready' && state.items.length ? <PostFab onTap={openNewPost} /> : null}
    </PageShell>
  )
}
