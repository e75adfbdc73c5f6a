import { Button, Text, View } from '@tarojs/components'
import type { ContestView } from '@shared/api'
import { contestJoinState } from '@/utils/contest-phase'

/** The fixed bar at the bottom: 参加活动 while open, otherwise why one cannot. */
export function JoinBar({ contest, onJoin }: { contest: ContestView; onJoin: () => void }) {
  const join = contestJoinState(contest)
  return (
    <View className={`join-bar join-bar--${contest.phase}`}>
      <View className='join-bar__info'>
        {join.canJoin ? (
          <>
            <Text className='join-bar__line'>带话题 #{contest.topic} 发晒单</Text>
            <Text className='join-bar__note'>通过审核即参赛，截止后评选</Text>
          </>
        ) : (
          <Text className='join-bar__note join-bar__note--off'>{join.note}</Text>
        )}
      </View>
      <Button className={`join-bar__button ${join.canJoin ? '' : 'join-bar__button--off'}`} disabled={!join.canJoin || undefined} onClick={join.canJoin ? onJoin : undefined}>
        {join.text}
      </Button>
    </View>
  )
}
