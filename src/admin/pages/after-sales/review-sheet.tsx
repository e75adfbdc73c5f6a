import { Text, View } from '@tarojs/components'
import { NoteSheet } from '@/admin/components/note-sheet'
import { AFTER_SALE_KIND } from '@/admin/after-sale-labels'
import { formatYuan } from '@/utils/format'
import type { useAfterSales } from './use-after-sales'

/** Confirms 同意 (a refund of what was paid; for 退货退款 whether the goods came back) or 拒绝 (why, required). */
export function AfterSaleReviewSheet({ sales }: { sales: ReturnType<typeof useAfterSales> }) {
  const { review } = sales
  if (!review) return null
  const { afterSale: a, approve } = review
  const returned = approve && a.kind === 'return_refund'
  return (
    <NoteSheet
      title={approve ? '同意售后并退款' : '拒绝售后申请'}
      lines={[`${a.title} · ${a.buyerNickname || '微信用户'}`, `${AFTER_SALE_KIND[a.kind]} · 退款 ${formatYuan(a.amountFen)}`, `理由：${a.reason}`]}
      extra={
        returned ? (
          <View
            className={`after-sale-sheet__received ${sales.returnReceived ? 'after-sale-sheet__received--on' : ''}`}
            onClick={() => sales.setReturnReceived(!sales.returnReceived)}
          >
            <View className='after-sale-sheet__box'>{sales.returnReceived ? '✓' : ''}</View>
            <View className='after-sale-sheet__text'>
              <Text className='after-sale-sheet__label'>已收到退货</Text>
              <Text className='after-sale-sheet__hint'>勾选后退回的商品重新计入库存</Text>
            </View>
          </View>
        ) : null
      }
      note={
        approve
          ? { label: '备注（选填）', placeholder: '如：已核实，退款原路返回', required: false }
          : { label: '拒绝原因', placeholder: '如：商品已拆封食用，不支持无理由退货', required: true }
      }
      confirmText={approve ? `确认退款 ${formatYuan(a.amountFen)}` : '拒绝'}
      tone={approve ? 'green' : 'berry'}
      busy={sales.busy}
      onConfirm={sales.confirm}
      onCancel={sales.close}
    />
  )
}
