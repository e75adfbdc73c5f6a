import { Text, View } from '@tarojs/components'
import type { ITouchEvent } from '@tarojs/components'
import { likeCountText } from '@/utils/post-like'

export interface LikeButtonProps {
  liked: boolean
  likes: number
  onTap: () => void
  className?: string
}

/** A heart and the count; red when I like it. */
export function LikeButton({ liked, likes, onTap, className = '' }: LikeButtonProps) {
  const tap = (e: ITouchEvent) => {
    e.stopPropagation()
    onTap()
  }
  return (
    <View className={`like-button ${liked ? 'like-button--on' : ''} ${className}`} data-liked={liked ? '1' : '0'} onClick={tap}>
      <View className='like-button__heart' />
      <Text className='like-button__count'>{likeCountText(likes)}</Text>
    </View>
  )
}
