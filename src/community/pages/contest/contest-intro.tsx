import { Text, View } from '@tarojs/components'
import type { ContestView } from '@shared/api'
import { ContestCover } from '@/components/contest-cover'
import { contestPeriodDetail, contestRewardText, contestTimeText } from '@/utils/contest-phase'

/** The contest's cover, title and description, and its rules: when, which topic, what a winner earns, how many win. */
export function ContestIntro({ contest, now }: { contest: ContestView; now: number }) {
  const rules = [
    { key: 'period', label: '活动时间', value: contestPeriodDetail(contest) },
    { key: 'topic', label: '参与方式', value: `发布晒单，带上话题 #${contest.topic}` },
    { key: 'reward', label: '获奖奖励', value: `${contestRewardText(contest.reward)}，作品精选展示` },
    { key: 'winners', label: '评选名额', value: `截止后评出 ${contest.maxWinners} 篇获奖作品` },
  ]
  return (
    <View className='contest-intro'>
      <ContestCover contest={contest} size='banner' className='contest-intro__cover' />
      <View className='contest-intro__card'>
        <Text className='contest-intro__title'>{contest.title}</Text>
        <View className='contest-intro__stats'>
          <Text>
            <Text className='contest-intro__count'>{contest.entries}</Text> 篇作品参赛
          </Text>
          <Text className={`contest-intro__time contest-intro__time--${contest.phase}`}>{contestTimeText(contest, now)}</Text>
        </View>
        {contest.description ? <Text className='contest-intro__desc'>{contest.description}</Text> : null}
        <View className='contest-rules'>
          {rules.map((r) => (
            <View key={r.key} className={`contest-rules__row contest-rules__row--${r.key}`}>
              <Text className='contest-rules__label'>{r.label}</Text>
              <Text className='contest-rules__value'>{r.value}</Text>
            </View>
          ))}
        </View>
      </View>
    </View>
  )
}
