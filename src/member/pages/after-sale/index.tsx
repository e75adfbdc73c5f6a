import { Button, Image, Text, Textarea, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { PhotoPicker } from '@/components/photo-picker'
import { StatusView } from '@/components/status-view'
import { imageSrc } from '@/services/images'
import { openOrders } from '@/routes'
import { AFTER_SALE_IMAGES_MAX, AFTER_SALE_KIND_OPTIONS, AFTER_SALE_REASON_MAX } from '@/utils/after-sale-form'
import { formatYuan } from '@/utils/format'
import { amountNotes } from '@/utils/order-amounts'
import { useAfterSale } from './use-after-sale'
import './index.scss'

/** 申请售后: 仅退款 or 退货退款, a reason and photos, for a completed order within its window. */
export default function AfterSalePage() {
  const a = useAfterSale(useRouter().params.orderId)
  const { state } = a.order
  if (state.status === 'loading') {
    return (
      <PageShell className='after-sale-page'>
        <View className='after-sale after-sale--loading skeleton-block' />
      </PageShell>
    )
  }
  if (state.status === 'error') {
    return (
      <PageShell className='after-sale-page'>
        <StatusView kind='error' title='找不到这笔订单' message={state.error.message} actionText='返回订单' onAction={openOrders} />
      </PageShell>
    )
  }
  const order = state.data
  return (
    <PageShell className='after-sale-page'>
      <View className='after-sale'>
        <View className='after-sale__order'>
          <Image className='after-sale__image' src={imageSrc(order.image)} mode='aspectFill' />
          <View className='after-sale__order-text'>
            <Text className='after-sale__title'>{order.title}</Text>
            <Text className='after-sale__paid'>
              实付 {formatYuan(order.amountFen)}
              {amountNotes(order).length ? `（${amountNotes(order).join('，')}）` : ''}
            </Text>
          </View>
        </View>
        <Text className='after-sale__label'>售后类型</Text>
        <View className='after-sale__kinds'>
          {AFTER_SALE_KIND_OPTIONS.map((o) => (
            <View
              key={o.kind}
              className={`after-sale__kind after-sale__kind--${o.kind} ${a.kind === o.kind ? 'after-sale__kind--active' : ''}`}
              onClick={() => a.setKind(o.kind)}
            >
              <Text className='after-sale__kind-title'>{o.title}</Text>
              <Text className='after-sale__kind-note'>{o.note}</Text>
            </View>
          ))}
        </View>
        <View className='after-sale__label-row'>
          <Text className='after-sale__label'>售后原因</Text>
          <Text className='after-sale__count'>
            {Array.from(a.reason.trim()).length}/{AFTER_SALE_REASON_MAX}
          </Text>
        </View>
        <Textarea
          className='after-sale__textarea after-sale__reason'
          value={a.reason}
          maxlength={AFTER_SALE_REASON_MAX}
          placeholder='请描述遇到的问题，例如包装破损、少发、口味不符'
          placeholderClass='after-sale__placeholder'
          onInput={(e) => a.setReason(e.detail.value)}
        />
        <Text className='after-sale__label'>照片（选填，最多 {AFTER_SALE_IMAGES_MAX} 张）</Text>
        <PhotoPicker
          photos={a.photos.photos}
          onPick={a.photos.pick}
          onRemove={a.photos.remove}
          onRetry={a.photos.retry}
          max={AFTER_SALE_IMAGES_MAX}
        />
        {a.error ? <Text className='after-sale__error'>{a.error}</Text> : null}
        <Button className='after-sale__submit' disabled={a.submitting || undefined} onClick={a.submit}>
          {a.submitting ? '提交中…' : '提交申请'}
        </Button>
        <Text className='after-sale__note'>品牌审核通过后，退款原路退回；未通过会在订单里说明原因</Text>
      </View>
    </PageShell>
  )
}
