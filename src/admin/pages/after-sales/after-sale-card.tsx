import { Button, Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Tag } from '@/components/tag'
import { AFTER_SALE_KIND, AFTER_SALE_STATUS } from '@/admin/after-sale-labels'
import { imageSrc } from '@/services/images'
import type { AdminAfterSale } from '@/services/fulfilment'
import { formatDateTime, formatYuan } from '@/utils/format'

export interface AfterSaleCardProps {
  afterSale: AdminAfterSale
  onReview: (a: AdminAfterSale, approve: boolean) => void
}

/** One after-sale request: the order, the kind, why, the photos; 同意 / 拒绝 while open. */
export function AfterSaleCard({ afterSale: a, onReview }: AfterSaleCardProps) {
  const chip = AFTER_SALE_STATUS[a.status]
  const photos = a.images.map(imageSrc)
  return (
    <View className='admin-card after-sale-card' data-after-sale-id={a.afterSaleId} data-status={a.status}>
      <View className='admin-card__head'>
        <View className='admin-card__who'>
          <Text className='admin-card__name after-sale-card__title'>{a.title}</Text>
          <Text className='admin-card__meta'>
            {a.buyerNickname || '微信用户'} · 实付 {formatYuan(a.amountFen)} · {formatDateTime(a.createdAt)} 申请
          </Text>
        </View>
        <Tag tone={chip.tone}>{chip.label}</Tag>
      </View>
      <View className='after-sale-card__kind-row'>
        <Tag tone={a.kind === 'return_refund' ? 'berry' : 'amber'} className={`after-sale-card__kind after-sale-card__kind--${a.kind}`}>
          {AFTER_SALE_KIND[a.kind]}
        </Tag>
        <Text className='admin-card__meta'>订单 {a.orderId.slice(-8)}</Text>
      </View>
      <Text className='admin-card__quote after-sale-card__reason'>{a.reason}</Text>
      {photos.length ? (
        <View className='after-sale-card__photos'>
          {photos.map((src) => (
            <Image key={src} className='after-sale-card__photo' src={src} mode='aspectFill' onClick={() => Taro.previewImage({ urls: photos, current: src })} />
          ))}
        </View>
      ) : null}
      {a.status !== 'open' && a.note ? (
        <Text className='admin-card__note'>
          {a.status === 'rejected' ? '拒绝原因' : '备注'}：{a.note}
        </Text>
      ) : null}
      {a.status === 'open' ? (
        <View className='admin-card__actions'>
          <Button className='admin-card__btn admin-card__reject after-sale-card__reject' onClick={() => onReview(a, false)}>
            拒绝
          </Button>
          <Button className='admin-card__btn admin-card__approve after-sale-card__approve' onClick={() => onReview(a, true)}>
            同意退款
          </Button>
        </View>
      ) : null}
    </View>
  )
}
