import { Text, View } from '@tarojs/components'
import type { CheckoutAmounts } from '@/utils/checkout'
import { formatYuan } from '@/utils/format'

/** 商品 − 优惠券 + 运费 = 合计, before paying. */
export function CheckoutTotal({ amounts, express }: { amounts: CheckoutAmounts; express: boolean }) {
  return (
    <View className='checkout-total'>
      <View className='checkout-total__row checkout-total__goods'>
        <Text>商品金额</Text>
        <Text>{formatYuan(amounts.goodsFen)}</Text>
      </View>
      {amounts.discountFen > 0 ? (
        <View className='checkout-total__row checkout-total__discount'>
          <Text>优惠券</Text>
          <Text>-{formatYuan(amounts.discountFen)}</Text>
        </View>
      ) : null}
      <View className='checkout-total__row checkout-total__fee'>
        <Text>
          运费
          {amounts.feeNote ? <Text className='checkout-total__note'> {amounts.feeNote}</Text> : null}
        </Text>
        <Text>{express && amounts.feeFen > 0 ? formatYuan(amounts.feeFen) : '免运费'}</Text>
      </View>
    </View>
  )
}
