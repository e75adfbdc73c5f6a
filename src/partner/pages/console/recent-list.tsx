import { Text, View } from '@tarojs/components'
import type { PartnerConsoleView } from '@shared/api'
import { formatDateTime } from '@/utils/format'

/** The latest 核销 and 签到 here, newest first. */
export function RecentList({ recent }: { recent: PartnerConsoleView['recent'] }) {
  return (
    <View className='console-card console-recent'>
      <Text className='console-card__title'>最近核销</Text>
      {recent.length ? (
        recent.map((r, i) => (
          <View key={`${r.at}-${i}`} className='console-recent__item'>
            <Text className={`console-recent__kind console-recent__kind--${r.kind}`}>{r.kind === 'voucher' ? '券' : '签到'}</Text>
            <View className='console-recent__body'>
              <Text className='console-recent__title'>{r.title}</Text>
              <Text className='console-recent__meta'>
                {r.memberNickname || '微信用户'} · {formatDateTime(r.at)}
              </Text>
            </View>
          </View>
        ))
      ) : (
        <Text className='console-card__empty'>还没有核销记录；会员到店出示卡券或活动票，核销后会出现在这里</Text>
      )}
    </View>
  )
}
