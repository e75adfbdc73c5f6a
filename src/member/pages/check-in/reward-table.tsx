import { Text, View } from '@tarojs/components'
import type { CheckInCalendar } from '@shared/api'
import { todayRewardIndex } from '@/utils/check-in-rewards'

/** The cycling reward table: the days of this round already checked in, today's, and the ones ahead. */
export function RewardTable({ calendar }: { calendar: Pick<CheckInCalendar, 'streak' | 'checkedInToday' | 'rewards'> }) {
  const { rewards, streak, checkedInToday } = calendar
  const today = todayRewardIndex(streak, checkedInToday, rewards.length)
  return (
    <View className='check-in-card reward-table'>
      <View className='check-in-card__head'>
        <Text className='check-in-card__title'>连续签到奖励</Text>
        <Text className='check-in-card__note'>{rewards.length} 天一轮，循环领取</Text>
      </View>
      <View className='reward-table__days'>
        {rewards.map((r, i) => {
          const state = i < today || (i === today && checkedInToday) ? 'done' : i === today ? 'today' : 'ahead'
          return (
            <View key={i} className={`reward-table__day reward-table__day--${state} ${i === today ? 'reward-table__day--current' : ''}`}>
              <Text className='reward-table__label'>{i === today ? '今天' : `第${i + 1}天`}</Text>
              <Text className='reward-table__points'>+{r.points}</Text>
              <Text className='reward-table__unit'>积分</Text>
              <Text className='reward-table__growth'>成长+{r.growth}</Text>
            </View>
          )
        })}
      </View>
    </View>
  )
}
