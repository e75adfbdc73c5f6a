import { Image, Text, View } from '@tarojs/components'
import type { DealView } from '@shared/api'
import { Price, StrikePrice } from '@/components/price'
import { imageSrc } from '@/services/images'

/** The product this group buys, with the group price against buying alone; opens the deal. */
export function GroupProduct({ deal, onOpen }: { deal: DealView; onOpen: () => void }) {
  return (
    <View className='group-product' onClick={onOpen}>
      <Image className='group-product__image' src={imageSrc(deal.image)} mode='aspectFill' />
      <View className='group-product__body'>
        <Text className='group-product__title'>{deal.title}</Text>
        <Text className='group-product__subtitle'>{deal.subtitle}</Text>
        <View className='group-product__prices'>
          <Text className='group-product__size'>{deal.groupSize}人团</Text>
          <Price fen={deal.groupPriceFen} size='md' className='group-product__price' />
          {deal.soloPriceFen !== null ? (
            <Text className='group-product__solo'>
              单买 <StrikePrice fen={deal.soloPriceFen} />
            </Text>
          ) : null}
        </View>
      </View>
    </View>
  )
}
