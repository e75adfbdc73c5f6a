import { Text, View } from '@tarojs/components'
import type { PostView } from '@shared/api'
import { PostCard } from '@/components/post-card'
import { openDeal, openFeed, openPost } from '@/routes'
import { useMorePosts } from './use-more-posts'

/** 同款晒单 (or 更多晒单): a few more posts to read, and the way to the feed. */
export function MorePosts({ post }: { post: PostView }) {
  const { posts, sameProduct } = useMorePosts(post.postId, post.product?.productId ?? null)
  if (!posts.length) return null
  return (
    <View className='more-posts'>
      <View className='more-posts__head'>
        <Text className='more-posts__title'>{sameProduct ? '同款晒单' : '更多晒单'}</Text>
        <Text className='more-posts__all' onClick={openFeed}>
          去社区看看 ›
        </Text>
      </View>
      {posts.map((p) => (
        <PostCard key={p.postId} post={p} onOpen={openPost} onOpenDeal={openDeal} />
      ))}
    </View>
  )
}
