import { Text, View } from '@tarojs/components'
import type { ContestView } from '@shared/api'
import { contestJoinState } from '@/utils/contest-phase'

/** On a post entering a contest: which one, and whether it still takes entries. */
export function ContestBanner({ contest }: { contest: ContestView }) {
  const join = contestJoinState(contest)
  return (
    <View className={`contest-banner ${join.canJoin ? '' : 'contest-banner--off'}`} data-contest-id={contest.contestId}>
      <Text className='contest-banner__label'>参加征集活动</Text>
      <Text className='contest-banner__title'>{contest.title}</Text>
      <Text className='contest-banner__note'>{join.canJoin ? `带话题 #${contest.topic}，通过审核即参赛` : `活动${join.text}，这条晒单不会参赛`}</Text>
    </View>
  )
}
