import { Text, View } from '@tarojs/components'
import { openPolls } from '@/routes'
import { useOpenPolls } from './use-open-polls'
import './poll-banner.scss'

/** Above the deals: the community's vote on the next product. */
export function PollBanner() {
  const open = useOpenPolls()
  const first = open[0]
  return (
    <View className='poll-banner' onClick={openPolls}>
      <View className='poll-banner__icon'>
        <Text className='poll-banner__icon-text'>投</Text>
      </View>
      <View className='poll-banner__text'>
        <Text className='poll-banner__title'>{first ? first.title : '社群投票 · 下一款新品由你决定'}</Text>
        <Text className='poll-banner__note'>{open.length ? `${open.length} 个投票进行中 · 投票得成长值` : '看看大家想吃什么，投出你的一票'}</Text>
      </View>
      <Text className='poll-banner__go'>去投票 ›</Text>
    </View>
  )
}
