import { Text } from '@tarojs/components'
import type { AppError } from '@/services/app-error'
import './list-footer.scss'

export interface ListFooterProps {
  loadingMore: boolean
  hasMore: boolean
  moreError?: AppError
  onMore: () => void
  /** What the end of the list says. */
  endText?: string
}

/** The line under a paged list: loading, more to come (tap to load), a failure to retry, or the end. */
export function ListFooter({ loadingMore, hasMore, moreError, onMore, endText = '没有更多了' }: ListFooterProps) {
  if (loadingMore) return <Text className='list-footer'>加载中…</Text>
  if (moreError) {
    return (
      <Text className='list-footer list-footer--error' onClick={onMore}>
        {moreError.message}，点击重试
      </Text>
    )
  }
  if (hasMore) {
    return (
      <Text className='list-footer list-footer--more' onClick={onMore}>
        上拉或点击加载更多
      </Text>
    )
  }
  return <Text className='list-footer list-footer--end'>— {endText} —</Text>
}
