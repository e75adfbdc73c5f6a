import { Image, Text, View } from '@tarojs/components'
import type { EventCard as Card } from '@shared/api'
import { Tag } from '@/components/tag'
import { imageSrc } from '@/services/images'
import { eventStatusChips, eventTimeText, seatsText } from '@/utils/event-status'

/** An event in the list: cover, phase and my sign-up, when and where, who hosts, how full. */
export function EventCard({ event: e, onOpen }: { event: Card; onOpen: (eventId: string) => void }) {
  const chips = eventStatusChips(e.phase, e.mine)
  return (
    <View className={`event-card event-card--${e.phase}`} data-event-id={e.eventId} onClick={() => onOpen(e.eventId)}>
      {e.cover ? <Image className='event-card__cover' src={imageSrc(e.cover)} mode='aspectFill' /> : <View className='event-card__cover event-card__cover--blank' />}
      <View className='event-card__body'>
        <View className='event-card__chips'>
          {chips.map((c) => (
            <Tag key={c.label} tone={c.tone}>
              {c.label}
            </Tag>
          ))}
        </View>
        <Text className='event-card__title'>{e.title}</Text>
        <Text className='event-card__line'>{eventTimeText(e.startAt, e.endAt)}</Text>
        <Text className='event-card__line'>{[e.place, e.partnerName].filter(Boolean).join(' · ')}</Text>
        <View className='event-card__foot'>
          <Text className='event-card__seats'>{seatsText(e)}</Text>
          <Text className='event-card__go'>{e.phase === 'open' && !e.mine ? '去报名 ›' : '看详情 ›'}</Text>
        </View>
      </View>
    </View>
  )
}
