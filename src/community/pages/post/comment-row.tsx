import { Text, View } from '@tarojs/components'
import type { PostCommentView } from '@shared/api'
import { Avatar } from '@/components/avatar'
import { relativeTime } from '@/utils/relative-time'

/** One comment: who, when, what; 删除 for its author (and a moderator); a note while others cannot see it. */
export function CommentRow({ comment, onDelete }: { comment: PostCommentView; onDelete: (c: PostCommentView) => void }) {
  return (
    <View className='comment-row' data-comment-id={comment.commentId} data-status={comment.status}>
      <Avatar src={comment.author.avatar} name={comment.author.nickname} size='sm' />
      <View className='comment-row__body'>
        <View className='comment-row__head'>
          <Text className='comment-row__name'>{comment.author.nickname}</Text>
          <Text className='comment-row__time'>{relativeTime(comment.createdAt, Date.now())}</Text>
          {comment.canDelete ? (
            <Text className='comment-row__delete' onClick={() => onDelete(comment)}>
              删除
            </Text>
          ) : null}
        </View>
        <Text className='comment-row__text' userSelect>
          {comment.text}
        </Text>
        {comment.statusNote ? <Text className='comment-row__note'>{comment.statusNote}</Text> : null}
      </View>
    </View>
  )
}
