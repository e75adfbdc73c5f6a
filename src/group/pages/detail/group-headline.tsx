import { Text, View } from '@tarojs/components'
import type { GroupView } from '@shared/api'
import { Countdown } from '@/components/countdown'
import { groupHeadline } from '@/utils/group-status'

/** Where the group stands: its state, how many are still needed, and the time left. */
export function GroupHeadline({ group }: { group: GroupView }) {
  const headline = groupHeadline(group)
  const counting = group.status === 'open' && Boolean(group.expiresAt)
  return (
    <View className={`group-headline group-headline--${group.status}`} data-status={group.status}>
      <Text className={`group-headline__label group-headline__label--${headline.tone}`}>{headline.label}</Text>
      <Text className='group-headline__title'>{headline.title}</Text>
      {counting ? (
        <View className='group-headline__timer'>
          <Text className='group-headline__timer-label'>距结束</Text>
          <Countdown to={group.expiresAt} className='group-headline__countdown' endedText='正在结算' />
        </View>
      ) : null}
      <Text className='group-headline__note'>{headline.note}</Text>
    </View>
  )
}
