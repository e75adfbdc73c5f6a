import { Input, Picker, Text, View } from '@tarojs/components'
import type { ShipQueueItem } from '@shared/api'
import { COURIERS, type ShipLine } from '@/admin/shipping'
import { FormActions } from '@/admin/components/form-actions'

export interface ShipSheetProps {
  orders: ShipQueueItem[]
  lines: ShipLine[]
  errors: Record<string, string>
  busy: boolean
  onChange: (orderId: string, change: Partial<ShipLine>) => void
  onSubmit: () => void
  onCancel: () => void
}

const courierList = [...COURIERS]

/** 发货: a courier and a tracking number for each order being shipped, sent in one call. */
export function ShipSheet({ orders, lines, errors, busy, onChange, onSubmit, onCancel }: ShipSheetProps) {
  return (
    <View className='ship-form' catchMove>
      <View className='ship-form__mask' onClick={busy ? undefined : onCancel} />
      <View className='ship-form__panel'>
        <Text className='ship-form__title'>{orders.length > 1 ? `批量发货 · ${orders.length} 单` : '发货'}</Text>
        <View className='ship-form__lines'>
          {lines.map((line) => {
            const order = orders.find((o) => o.orderId === line.orderId)
            const address = order?.delivery.address
            const index = courierList.indexOf(line.company as (typeof courierList)[number])
            return (
              <View key={line.orderId} className={`ship-form__line ${errors[line.orderId] ? 'ship-form__line--invalid' : ''}`} data-order-id={line.orderId}>
                <Text className='ship-form__order'>
                  {order?.title} × {order?.quantity}
                </Text>
                {address ? (
                  <Text className='ship-form__address'>
                    {address.name} {address.phone} · {address.region.join('')}
                    {address.detail}
                  </Text>
                ) : null}
                <View className='ship-form__row'>
                  <Picker mode='selector' range={courierList} value={index < 0 ? 0 : index} onChange={(e) => onChange(line.orderId, { company: courierList[Number(e.detail.value)] })}>
                    <View className='ship-form__company'>{line.company} ▾</View>
                  </Picker>
                  <Input
                    className='ship-form__tracking'
                    value={line.trackingNo}
                    placeholder='快递单号'
                    placeholderClass='ship-form__placeholder'
                    onInput={(e) => onChange(line.orderId, { trackingNo: e.detail.value })}
                  />
                </View>
                {errors[line.orderId] ? <Text className='ship-form__error'>{errors[line.orderId]}</Text> : null}
              </View>
            )
          })}
        </View>
        <Text className='ship-form__note'>发货后买家可在订单里查看物流，信息同步上传到微信发货信息管理</Text>
        <FormActions block='ship-form' confirm='submit' busy={busy} text={`确认发货${lines.length > 1 ? ` ${lines.length} 单` : ''}`} busyText='发货中…' onCancel={onCancel} onConfirm={onSubmit} />
      </View>
    </View>
  )
}
