import { Text, View } from '@tarojs/components'
import type { PostSort } from '@shared/api'
import { Tabs, type TabItem } from '@/components/tabs'

const TABS: TabItem<PostSort>[] = [
  { key: 'newest', label: '最新' },
  { key: 'hottest', label: '最热' },
  { key: 'featured', label: '精选' },
]

export interface FeedBarProps {
  sort: PostSort
  onSort: (sort: PostSort) => void
  onMine: () => void
}

/** The feed's sorts as tabs, and the way to my own posts; stays on top while scrolling. */
export function FeedBar({ sort, onSort, onMine }: FeedBarProps) {
  return (
    <View className='feed-bar'>
      <Tabs items={TABS} value={sort} onChange={onSort} className='feed-bar__tabs' />
      <Text className='feed-bar__mine' onClick={onMine}>
        我的晒单 ›
      </Text>
    </View>
  )
}
