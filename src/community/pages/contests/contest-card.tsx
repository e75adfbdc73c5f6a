import { Text, View } from '@tarojs/components'
import type { ContestView } from '@shared/api'
import { ContestCover } from '@/components/contest-cover'
import { contestPeriodText, contestRewardText, contestTimeText } from '@/utils/contest-phase'

const ACTION: Record<ContestView['phase'], string> = {
  open: '去参加 ›',
  upcoming: '看看规则 ›',
  judging: '看看作品 ›',
  awarded: '看获奖作品 ›',
}

/** A contest in the list: cover and phase, title, period, reward and how many took part. */
export function ContestCard({ contest, now, onOpen }: { contest: ContestView; now: number; onOpen: (contestId: string) => void }) {
  const past = contest.phase === 'judging' || contest.phase === 'awarded'
  return (
    <View className={`contest-card contest-card--${contest.phase} ${past ? 'contest-card--past' : ''}`} data-contest-id={contest.contestId} onClick={() => onOpen(contest.contestId)}>
      <ContestCover contest={contest}>
        <Text className='contest-card__entries'>{contest.entries} 篇作品</Text>
      </ContestCover>
      <View className='contest-card__body'>
        <Text className='contest-card__title'>{contest.title}</Text>
        <View className='contest-card__meta'>
          <Text className='contest-card__period'>{contestPeriodText(contest)}</Text>
          <Text className='contest-card__time'>{contestTimeText(contest, now)}</Text>
        </View>
        <View className='contest-card__foot'>
          <View className='contest-card__reward'>
            <View className='contest-card__medal' />
            <Text className='contest-card__reward-text'>
              {contestRewardText(contest.reward)} · {contest.maxWinners} 个名额
            </Text>
          </View>
          <Text className={`contest-card__action contest-card__action--${contest.phase}`}>{ACTION[contest.phase]}</Text>
        </View>
      </View>
    </View>
  )
}
