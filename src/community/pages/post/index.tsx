import Taro, { useLoad, usePullDownRefresh, useRouter, useShareAppMessage } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { PostCard, PostCardSkeleton } from '@/components/post-card'
import { StatusView } from '@/components/status-view'
import { usePostLike } from '@/hooks/use-post-like'
import { openDeal, openFeed, openNewPost } from '@/routes'
import { postPath } from '@/utils/community-paths'
import { OwnerBar } from '../../shared/owner-bar'
import { useDeletePost } from '../../shared/use-delete-post'
import { MorePosts } from './more-posts'
import { PostBar } from './post-bar'
import { PostComments } from './post-comments'
import { useComments } from './use-comments'
import { usePost } from './use-post'
import './index.scss'

const SHELL = process.env.TARO_ENV === 'h5' ? 'post-page post-page--h5' : 'post-page'

/** One 晒单 in full: every photo, the whole text, the product to buy, likes and comments (written in the bar at the bottom). */
export default function PostPage() {
  const postId = useRouter().params.id ?? ''
  const { state, load, applyLike } = usePost(postId)
  const comments = useComments(postId, state.status === 'ready' ? state.data.comments : 0)
  const like = usePostLike(applyLike)
  const remove = useDeletePost(() => {
    if (Taro.getCurrentPages().length > 1) Taro.navigateBack()
    else openFeed()
  })

  useLoad(() => {
    load()
  })
  usePullDownRefresh(async () => {
    comments.list.reload(true)
    const error = await load(true)
    Taro.stopPullDownRefresh()
    if (error) Taro.showToast({ title: error.message, icon: 'none' })
  })
  useShareAppMessage(() => {
    const post = state.status === 'ready' ? state.data : null
    const title = post ? `${post.author.nickname}的晒单：${post.text.slice(0, 24) || post.product?.name || '看看我的餐桌'}` : '原野生活 · 晒单'
    return { title, path: postPath(postId) }
  })

  if (state.status === 'loading') {
    return (
      <PageShell className={SHELL}>
        <PostCardSkeleton />
      </PageShell>
    )
  }
  if (state.status === 'error') {
    const gone = state.error.code === 'NOT_FOUND'
    return (
      <PageShell className={SHELL}>
        <StatusView
          kind={gone ? 'empty' : 'error'}
          title={gone ? '这条晒单不见了' : '加载失败'}
          message={gone ? '它可能已被作者删除' : state.error.message}
          actionText={gone ? '去社区看看' : '重试'}
          onAction={gone ? openFeed : () => load()}
        />
      </PageShell>
    )
  }
  const { data: post } = state
  return (
    <PageShell className={SHELL}>
      <PostCard post={post} full onOpenDeal={openDeal} className='post-page__post'>
        {post.mine ? <OwnerBar post={post} onDelete={remove} /> : null}
      </PostCard>
      {post.status === 'published' ? <PostComments count={comments.count} items={comments.items} list={comments.list} onDelete={comments.remove} /> : null}
      <MorePosts post={post} />
      <PostBar post={post} onLike={() => like(post)} onDeal={openDeal} onNewPost={openNewPost} onComment={comments.send} sending={comments.sending} />
    </PageShell>
  )
}
