import { Text, View } from '@tarojs/components'
import type { HomeOutput } from '@shared/api'
import { openPolls } from '@/routes'
import './poll-banner.scss'

/** Above the deals: the community's vote on the next product (the open polls come with the home page's first call). */
export function PollBanner({ polls }: { polls: HomeOutput['polls'] }) {
  return (
    <View className='poll-banner' onClick={openPolls}>
      <View className='poll-banner__icon'>
        <Text className='poll-banner__icon-text'>投</Text>
      </View>
      <View className='poll-banner__text'>
        <Text className='poll-banner__title'>{polls.title ?? '社群投票 · 下一款新品由你决定'}</Text>
        <Text className='poll-banner__note'>{polls.open ? `${polls.open} 个投票进行中 · 投票得成长值` : '看看大家想吃什么，投出你的一票'}</Text>
      </View>
      <Text className='poll-banner__go'>去投票 ›</Text>
    </View>
  )
}
