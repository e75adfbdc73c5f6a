import { Text, View } from '@tarojs/components'
import { openContest } from '@/routes'
import { contestTimeText } from '@/utils/contest-phase'
import { useOpenContest } from './use-open-contest'

/** Above the feed, while a contest takes entries: its title, the time left, the way in. */
export function ContestStrip() {
  const contest = useOpenContest()
  if (!contest) return null
  return (
    <View className='contest-strip' data-contest-id={contest.contestId} onClick={() => openContest(contest.contestId)}>
      <Text className='contest-strip__tag'>征集中</Text>
      <Text className='contest-strip__title'>{contest.title}</Text>
      <Text className='contest-strip__time'>{contestTimeText(contest, Date.now())} ›</Text>
    </View>
  )
}
