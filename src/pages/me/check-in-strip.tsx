import { Text, View } from '@tarojs/components'
import type { MeOutput } from '@shared/api'
import { openCheckIn } from '@/routes'
import { streakText } from '@/utils/check-in-rewards'

/** 签到 on 我的: today's state and the streak; opens the check-in page. */
export function CheckInStrip({ me }: { me: Pick<MeOutput, 'checkedInToday' | 'streak'> }) {
  const done = me.checkedInToday
  return (
    <View className={`me-check-in ${done ? 'me-check-in--done' : ''}`} onClick={openCheckIn}>
      <View className='me-check-in__icon'>
        <Text className='me-check-in__icon-text'>签</Text>
      </View>
      <View className='me-check-in__text'>
        <Text className='me-check-in__title'>每日签到</Text>
        <Text className='me-check-in__streak'>{streakText(me.streak)}</Text>
      </View>
      <Text className={`me-check-in__action ${done ? 'me-check-in__action--done' : ''}`}>{done ? '今日已签到' : '签到领积分'}</Text>
    </View>
  )
}
