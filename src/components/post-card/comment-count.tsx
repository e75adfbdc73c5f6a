import { Text, View } from '@tarojs/components'

/** A speech bubble and the post's comment count (评论 when there are none yet). */
export function CommentCount({ comments, className = '' }: { comments: number; className?: string }) {
  return (
    <View className={`comment-count ${className}`} data-comments={comments}>
      <View className='comment-count__bubble' />
      <Text className='comment-count__n'>{comments > 0 ? comments : '评论'}</Text>
    </View>
  )
}
