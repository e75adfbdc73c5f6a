import { Text, View } from '@tarojs/components'
import type { EventDetail } from '@shared/api'
import { eventTimeText } from '@/utils/event-status'

/** On a post about an event (线下活动): which one; only members checked in there may tag it. */
export function EventBanner({ event, tagged }: { event: EventDetail; tagged: boolean }) {
  return (
    <View className={`contest-banner event-banner ${tagged ? '' : 'contest-banner--off'}`} data-event-id={event.eventId}>
      <Text className='contest-banner__label'>活动晒单</Text>
      <Text className='contest-banner__title'># {event.title}</Text>
      <Text className='contest-banner__note'>
        {tagged ? `${eventTimeText(event.startAt, event.endAt)} · 发布后会出现在活动页` : '签到参加过的会员才能关联这场活动，这条晒单不会带上活动标签'}
      </Text>
    </View>
  )
}
