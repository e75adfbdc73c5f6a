import { Button, Text, View } from '@tarojs/components'
import type { CheckInCalendar } from '@shared/api'
import { streakText, todayReward } from '@/utils/check-in-rewards'

export interface CheckInHeroProps {
  calendar: Pick<CheckInCalendar, 'streak' | 'checkedInToday' | 'rewards'>
  checking: boolean
  onCheckIn: () => void
}

/** The big button, the streak, and what today (or tomorrow) brings. */
export function CheckInHero({ calendar, checking, onCheckIn }: CheckInHeroProps) {
  const { streak, checkedInToday: done, rewards } = calendar
  const today = todayReward(streak, done, rewards)
  const tomorrow = todayReward(streak, false, rewards)
  return (
    <View className='check-in-hero'>
      <Text className='check-in__streak'>{streakText(streak)}</Text>
      <Text className='check-in-hero__sub'>断签后从第 1 天重新计算</Text>
      <Button className={`check-in__button ${done ? 'check-in__button--done' : ''}`} disabled={done || checking || undefined} onClick={onCheckIn}>
        <View className='check-in__button-inner'>
          {done ? <Text className='check-in__button-tick'>✓</Text> : null}
          <Text className='check-in__button-title'>{done ? '今日已签到' : checking ? '签到中…' : '签到'}</Text>
          {done ? null : <Text className='check-in__button-reward'>+{today.points} 积分</Text>}
        </View>
      </Button>
      <Text className='check-in-hero__hint'>
        {done ? `明天继续签到可得 +${tomorrow.points} 积分 +${tomorrow.growth} 成长值` : `今天签到可得 +${today.points} 积分 +${today.growth} 成长值`}
      </Text>
    </View>
  )
}
