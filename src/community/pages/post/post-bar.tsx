import { Button, Text, View } from '@tarojs/components'
import type { PostView } from '@shared/api'
import { LikeButton } from '@/components/post-card'

const CAN_SHARE = process.env.TARO_ENV === 'weapp'

export interface PostBarProps {
  post: PostView
  onLike: () => void
  onDeal: (dealId: string) => void
  onNewPost: () => void
}

/** The bar under a post: like it, share it (in WeChat), and buy the same or post my own. */
export function PostBar({ post, onLike, onDeal, onNewPost }: PostBarProps) {
  const dealId = post.product?.dealId
  const published = post.status === 'published'
  return (
    <View className='post-bar'>
      {published ? <LikeButton liked={post.liked} likes={post.likes} onTap={onLike} className='post-bar__like' /> : <View className='post-bar__spacer' />}
      {CAN_SHARE && published ? (
        <Button className='post-bar__share' openType='share'>
          分享
        </Button>
      ) : null}
      {dealId ? (
        <Button className='post-bar__cta' onClick={() => onDeal(dealId)}>
          <Text>去拼同款</Text>
        </Button>
      ) : (
        <Button className='post-bar__cta post-bar__cta--soft' onClick={onNewPost}>
          <Text>我也晒一单</Text>
        </Button>
      )}
    </View>
  )
}
