import { Text, View } from '@tarojs/components'
import { openProjects } from '@/routes'
import './cocreation-banner.scss'

/** Under the poll banner: the way into 共创计划 (everything else lives in its subpackage). */
export function CoCreationBanner() {
  return (
    <View className='cocreation-banner' onClick={openProjects}>
      <View className='cocreation-banner__icon'>
        <Text className='cocreation-banner__icon-text'>共</Text>
      </View>
      <View className='cocreation-banner__text'>
        <Text className='cocreation-banner__title'>共创计划 · 和品牌一起做新品</Text>
        <Text className='cocreation-banner__note'>提想法、当产品共创官、分享上市奖励</Text>
      </View>
      <Text className='cocreation-banner__go'>去看看 ›</Text>
    </View>
  )
}
