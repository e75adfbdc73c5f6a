import { Text, View } from '@tarojs/components'
import type { ITouchEvent } from '@tarojs/components'
import type { PostView } from '@shared/api'
import './owner-bar.scss'

export interface OwnerBarProps {
  post: Pick<PostView, 'postId' | 'allowReuse'>
  onDelete: (postId: string) => void
}

/** Under my own post: whether the brand may reuse it, and 删除. */
export function OwnerBar({ post, onDelete }: OwnerBarProps) {
  const remove = (e: ITouchEvent) => {
    e.stopPropagation()
    onDelete(post.postId)
  }
  return (
    <View className='owner-bar'>
      <Text className='owner-bar__reuse'>{post.allowReuse ? '已授权品牌在公开渠道展示' : '仅在社区内展示'}</Text>
      <Text className='owner-bar__delete' onClick={remove}>
        删除
      </Text>
    </View>
  )
}
