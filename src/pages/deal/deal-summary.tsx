import { Text, View } from '@tarojs/components'
import type { DealView } from '@shared/api'
import { savingPercent } from '@shared/domain/money'
import { Price, StrikePrice } from '@/components/price'
import { Tag } from '@/components/tag'
import { dealDeliveryText } from '@/utils/checkout'
import { formatDuration } from '@/utils/format'

/** Prices, names and the facts of the deal, under the picture. */
export function DealSummary({ deal }: { deal: DealView }) {
  const saving = savingPercent(deal.groupPriceFen, deal.soloPriceFen)
  return (
    <View className='deal-summary'>
      <View className='deal-summary__band'>
        <View className='deal-summary__prices'>
          <Text className='deal-summary__price-label'>{deal.groupSize}人团价</Text>
          <Price fen={deal.groupPriceFen} size='xl' className='deal-summary__price' />
          {deal.soloPriceFen !== null ? (
            <View className='deal-summary__solo'>
              <Text className='deal-summary__solo-label'>单买</Text>
              <StrikePrice fen={deal.soloPriceFen} />
            </View>
          ) : null}
        </View>
        {saving !== null ? <Text className='deal-summary__saving'>比单买省 {saving}%</Text> : null}
      </View>
      <View className='deal-summary__card'>
        <Text className='deal-page__title'>{deal.title}</Text>
        <Text className='deal-summary__subtitle'>{deal.subtitle}</Text>
        <View className='deal-summary__tags'>
          {deal.autoComplete ? (
            <Tag tone='amber' className='deal-summary__guarantee'>
              成团保障
            </Tag>
          ) : null}
          {deal.tags.map((tag) => (
            <Tag key={tag}>{tag}</Tag>
          ))}
        </View>
        <View className='deal-summary__facts'>
          <Fact value={`${deal.groupSize}人`} label='成团人数' />
          <Fact value={formatDuration(deal.timeLimitMinutes)} label='内成团' />
          <Fact value={`${deal.soldCount}`} label='已拼份数' />
          <Fact value={deal.stockLeft > 0 ? `${deal.stockLeft}` : '售罄'} label='剩余份数' />
        </View>
        <Text className='deal-summary__rule'>
          开团后{formatDuration(deal.timeLimitMinutes)}内凑满{deal.groupSize}人即成团
          {deal.autoComplete ? '；成团保障：人数未满也照常发货' : '；未成团自动全额退款'}
          {deal.perUserLimit > 0 ? `；每人限购 ${deal.perUserLimit} 份` : ''}
        </Text>
        {deal.delivery ? <Text className='deal-summary__delivery'>配送：{dealDeliveryText(deal.delivery)}</Text> : null}
      </View>
    </View>
  )
}

function Fact({ value, label }: { value: string; label: string }) {
  return (
    <View className='deal-summary__fact'>
      <Text className='deal-summary__fact-value'>{value}</Text>
      <Text className='deal-summary__fact-label'>{label}</Text>
    </View>
  )
}
