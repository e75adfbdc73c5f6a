import { Button, Image, Text, View } from '@tarojs/components'
import type { DealCardView } from '@shared/api'
import { imageSrc } from '@/services/images'
import { Price, StrikePrice } from '@/components/price'
import { Tag } from '@/components/tag'
import { dealStockLine, unavailableLabel } from '@/utils/deal-phase'
import './deal-card.scss'

// WeChat lazy-loads natively; the h5 version only loads on scroll, which leaves the first screen blank.
const LAZY = process.env.TARO_ENV !== 'h5'

export interface DealCardProps {
  deal: DealCardView
  onOpen: (dealId: string) => void
}

/** One deal in the home feed: picture, names, prices, how it is going, and the way in. */
export function DealCard({ deal, onOpen }: DealCardProps) {
  const stock = dealStockLine(deal)
  const blocked = unavailableLabel(deal)
  const open = () => onOpen(deal.dealId)
  return (
    <View className='deal-card' data-deal-id={deal.dealId} onClick={open}>
      <View className='deal-card__media'>
        <Image className='deal-card__image' src={imageSrc(deal.thumb)} mode='aspectFill' lazyLoad={LAZY} />
        <Text className='deal-card__badge'>{deal.groupSize}人团</Text>
      </View>
      <View className='deal-card__body'>
        <Text className='deal-card__title'>{deal.title}</Text>
        <Text className='deal-card__subtitle'>{deal.subtitle}</Text>
        <View className='deal-card__tags'>
          {deal.autoComplete ? <Tag tone='amber'>成团保障</Tag> : null}
          {deal.tags.slice(0, 2).map((tag) => (
            <Tag key={tag}>{tag}</Tag>
          ))}
        </View>
        {stock ? <Text className={`deal-card__stats deal-card__stats--${deal.phase}`}>{stock}</Text> : null}
        <View className='deal-card__footer'>
          <View className='deal-card__prices'>
            <Price fen={deal.groupPriceFen} size='lg' className='deal-card__price' />
            {deal.soloPriceFen !== null ? <StrikePrice fen={deal.soloPriceFen} className='deal-card__solo' /> : null}
          </View>
          <Button className={`deal-card__cta ${blocked ? 'deal-card__cta--off' : ''}`}>
            {blocked ?? '去拼团'}
          </Button>
        </View>
      </View>
    </View>
  )
}
