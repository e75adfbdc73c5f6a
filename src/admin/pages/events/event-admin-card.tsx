import { Image, Text, View } from '@tarojs/components'
import type { EventCard } from '@shared/api'
import { Tag } from '@/components/tag'
import { imageSrc } from '@/services/images'
import { eventPhaseChip, eventTimeText, seatsText } from '@/utils/event-status'

/** One event: cover, title, when, host, seats taken of capacity (and the waitlist), phase. */
export function EventAdminCard({ event: e, onOpen }: { event: EventCard; onOpen: () => void }) {
  const chip = eventPhaseChip(e.phase)
  const full = e.capacity > 0 ? Math.min(100, (e.going / e.capacity) * 100) : 0
  return (
    <View className='event-admin-card' data-event-id={e.eventId} onClick={onOpen}>
      <View className='event-admin-card__top'>
        {e.cover ? <Image className='event-admin-card__cover' src={imageSrc(e.cover)} mode='aspectFill' /> : <Text className='event-admin-card__cover event-admin-card__cover--none'>{e.title.slice(0, 1)}</Text>}
        <View className='event-admin-card__head'>
          <Text className='event-admin-card__title'>{e.title}</Text>
          <Text className='event-admin-card__meta'>{eventTimeText(e.startAt, e.endAt)}</Text>
          <Text className='event-admin-card__meta'>
            {e.partnerName && !e.place.startsWith(e.partnerName) ? `${e.partnerName} · ${e.place}` : e.place || e.partnerName || '品牌自办'}
          </Text>
        </View>
      </View>
      <View className='event-admin-card__foot'>
        <View className='event-admin-card__seats'>
          <View className='event-admin-card__bar'>
            <View className='event-admin-card__fill' style={{ width: `${full}%` }} />
          </View>
          <Text className='event-admin-card__seats-text'>{seatsText(e)}</Text>
        </View>
        <Tag tone={chip.tone}>{chip.label}</Tag>
      </View>
    </View>
  )
}
