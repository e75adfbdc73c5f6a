import { useReachBottom } from '@tarojs/taro'
import { PageHead } from '@/components/page-head'
import { PageShell } from '@/components/page-shell'
import { useRefreshOnShow } from '@/hooks/use-refresh-on-show'
import { PostCard } from '@/components/post-card'
import { PostFab } from '@/components/post-fab'
import { usePostLike } from '@/hooks/use-post-like'
import { openDeal, openNewPost, openPost } from '@/routes'
import { OwnerBar } from '../../shared/owner-bar'
import { PostFeed } from '../../shared/post-feed'
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
      <PostFeed
        state={state}
        className='my-posts__list'
        onRetry={() => reload()}
        onMore={loadMore}
        empty={{ title: '还没有晒单', message: '晒出你的餐桌和好物，公开后可得成长值', actionText: '发第一条晒单', onAction: openNewPost }}
        renderPost={(post) => (
          <PostCard key={post.postId} post={post} onLike={like} onOpen={openPost} onOpenDeal={openDeal}>
            <OwnerBar post={post} onDelete={remove} />
          </PostCard>
        )}
      />
      {state.status === 'ready' && state.items.length ? <PostFab onTap={openNewPost} /> : null}
    </PageShell>
  )
}
