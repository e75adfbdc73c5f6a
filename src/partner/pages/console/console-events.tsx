import { Image, Text, View } from '@tarojs/components'
import type { EventCard } from '@shared/api'
import { Tag } from '@/components/tag'
import { openEventEdit } from '@/routes'
import { imageSrc } from '@/services/images'
import { eventPhaseChip, eventTimeText, seatsText } from '@/utils/event-status'

/** This partner's events (tap to edit) and 发起活动. */
export function ConsoleEvents({ events, partnerId }: { events: EventCard[]; partnerId: string }) {
  return (
    <View className='console-card console-events'>
      <View className='console-card__head'>
        <Text className='console-card__title'>本店活动</Text>
        <Text className='console-events__new' onClick={() => openEventEdit(undefined, partnerId)}>
          ＋ 发起活动
        </Text>
      </View>
      {events.length ? (
        events.map((e) => {
          const chip = eventPhaseChip(e.phase)
          return (
            <View key={e.eventId} className='console-events__item' data-event-id={e.eventId} onClick={() => openEventEdit(e.eventId)}>
              {e.cover ? <Image className='console-events__cover' src={imageSrc(e.cover)} mode='aspectFill' /> : <Text className='console-events__cover console-events__cover--none'>活</Text>}
              <View className='console-events__body'>
                <Text className='console-events__title'>{e.title}</Text>
                <Text className='console-events__meta'>{eventTimeText(e.startAt, e.endAt)}</Text>
                <View className='console-events__foot'>
                  <Text className='console-events__seats'>{seatsText(e)}</Text>
                  <Tag tone={chip.tone}>{chip.label}</Tag>
                </View>
              </View>
            </View>
          )
        })
      ) : (
        <Text className='console-card__empty'>还没有活动。发起一场瑜伽课、品鉴会，会员报名后到场扫票签到</Text>
      )}
    </View>
  )
}
