import { Image, Text, View } from '@tarojs/components'
import type { EventDetail } from '@shared/api'
import { openPost } from '@/routes'
import { imageSrc } from '@/services/images'

/** After the event: 晒单 tagged with it (发晒单 is the bottom button of a member who was there). */
export function EventPosts({ event: e }: { event: EventDetail }) {
  if (e.phase !== 'ended') return null
  const attended = e.signup?.status === 'attended'
  if (!e.posts.length && !attended) return null
  return (
    <View className='event-section'>
      <View className='event-section__head'>
        <Text className='event-section__title'>活动晒单</Text>
        <Text className='event-section__note'>{e.posts.length ? `${e.posts.length} 篇` : ''}</Text>
      </View>
      {e.posts.map((p) => (
        <View key={p.postId} className='event-post' data-post-id={p.postId} onClick={() => openPost(p.postId)}>
          {p.image ? <Image className='event-post__image' src={imageSrc(p.image)} mode='aspectFill' /> : null}
          <View className='event-post__body'>
            <Text className='event-post__text'>{p.text}</Text>
            <Text className='event-post__author'>{p.authorNickname}</Text>
          </View>
        </View>
      ))}
      {!e.posts.length ? <Text className='event-section__empty'>还没有人晒这场活动，来做第一个吧</Text> : null}
    </View>
  )
}
