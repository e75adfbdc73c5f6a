import { Button, Text, View } from '@tarojs/components'
import type { Fen } from '@shared/domain/money'
import { copyText } from '@/services/privacy-refusal'
import { formatYuan } from '@/utils/format'
import './deal-share.scss'

const IS_H5 = process.env.TARO_ENV === 'h5'

/**
 * 分享给好友 (WeChat's share panel; on h5 the link is copied). A leader sees what one unit
 * bought through their share earns them (分享赚 ¥x.xx, commission at the deal's rate).
 */
export function DealShare({ earnFen, link }: { earnFen: Fen | null; link: string }) {
  const copy = () => copyText(link, '复制失败，请稍后再试')
  return (
    <View className='deal-share'>
      <Button className='deal-share__button' openType={IS_H5 ? undefined : 'share'} onClick={IS_H5 ? copy : undefined}>
        {earnFen !== null ? <Text className='deal-share__earn'>分享赚 {formatYuan(earnFen)}</Text> : null}
        <Text className='deal-share__label'>{IS_H5 ? '复制链接分享' : '分享给好友'}</Text>
      </Button>
      {earnFen !== null ? <Text className='deal-share__note'>好友通过你的分享下单，每份拼团价佣金约 {formatYuan(earnFen)}，以实付为准</Text> : null}
    </View>
  )
}
