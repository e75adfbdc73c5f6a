import { Text, View } from '@tarojs/components'
import type { ContestView } from '@shared/api'
import { Avatar } from '@/components/avatar'

/** 获奖作品: each winner's avatar and nickname; a tap opens the winning post. */
export function ContestWinners({ winners, onOpen }: { winners: ContestView['winners']; onOpen: (postId: string) => void }) {
  if (!winners.length) return null
  return (
    <View className='contest-winners'>
      <View className='contest-winners__head'>
        <View className='contest-winners__medal' />
        <Text className='contest-winners__title'>获奖作品</Text>
        <Text className='contest-winners__note'>{winners.length} 篇 · 已设为精选</Text>
      </View>
      <View className='contest-winners__list'>
        {winners.map((w) => (
          <View key={w.postId} className='contest-winner' data-post-id={w.postId} onClick={() => onOpen(w.postId)}>
            <View className='contest-winner__avatar'>
              <Avatar src={w.avatar} name={w.nickname} size='lg' />
              <View className='contest-winner__medal' />
            </View>
            <Text className='contest-winner__name'>{w.nickname}</Text>
            <Text className='contest-winner__go'>看作品 ›</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
