import { Text, View } from '@tarojs/components'
import type { PostCommentView } from '@shared/api'
import { ListFooter } from '@/components/list-footer'
import type { PagedList } from '@/hooks/use-paged-list'
import { CommentRow } from './comment-row'

export interface PostCommentsProps {
  count: number
  items: PostCommentView[]
  list: PagedList<PostCommentView>
  onDelete: (c: PostCommentView) => void
}

/** 评论 under a post: the count, the comments a page at a time, or an invitation to write the first. */
export function PostComments({ count, items, list, onDelete }: PostCommentsProps) {
  const { state } = list
  return (
    <View className='post-comments' data-count={count}>
      <Text className='post-comments__title'>评论 {count > 0 ? count : ''}</Text>
      {state.status === 'loading' ? <View className='post-comments__loading skeleton-block' /> : null}
      {state.status === 'error' ? (
        <Text className='post-comments__empty' onClick={() => list.reload()}>
          {state.error?.message ?? '评论加载失败'}，点击重试
        </Text>
      ) : null}
      {state.status === 'ready' && !items.length ? <Text className='post-comments__empty'>还没有评论，在下面说两句吧</Text> : null}
      {items.map((c) => (
        <CommentRow key={c.commentId} comment={c} onDelete={onDelete} />
      ))}
      {state.status === 'ready' && state.cursor ? <ListFooter loadingMore={state.loadingMore} hasMore moreError={state.moreError} onMore={list.loadMore} /> : null}
    </View>
  )
}
