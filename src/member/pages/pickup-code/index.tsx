import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useCallback } from 'react'
import { PageShell } from '@/components/page-shell'
import { CodeFace } from '@/member/components/code-face'
import { StatusView } from '@/components/status-view'
import { useReloadable } from '@/hooks/use-reloadable'
import { useRefreshOnShow } from '@/hooks/use-refresh-on-show'
import { pickupCode } from '@/services/groupbuy'
import { openOrders } from '@/routes'
import './index.scss'

const STATUS_NOTE = { active: '请向自提点工作人员出示，扫码或报出 6 位取货码', used: '已取货，订单已完成', void: '取货码已失效' } as const

/** 取货码: a QR code of the token for staff to scan, and the 6 digits to read out. */
export default function PickupCodePage() {
  const orderId = useRouter().params.orderId
  const load = useCallback(() => pickupCode(orderId as string), [orderId])
  const { state, reload } = useReloadable(orderId ? load : undefined)
  useRefreshOnShow(reload)

  if (state.status === 'loading') {
    return (
      <PageShell className='pickup-code-page'>
        <View className='pickup-code pickup-code--loading skeleton-block' />
      </PageShell>
    )
  }
  if (state.status === 'error') {
    return (
      <PageShell className='pickup-code-page'>
        <StatusView kind='error' title='取货码暂不可用' message={state.error.message} actionText='返回订单' onAction={openOrders} />
      </PageShell>
    )
  }
  const code = state.data
  return (
    <PageShell className='pickup-code-page'>
      <View className={`pickup-code pickup-code--${code.status}`} data-status={code.status}>
        <Text className='pickup-code__point'>{code.pointName}</Text>
        <CodeFace token={code.token} code={code.code} label='取货码' stamp={code.status === 'active' ? null : code.status === 'used' ? '已取货' : '已失效'} />
        <Text className='pickup-code__note'>{STATUS_NOTE[code.status]}</Text>
      </View>
    </PageShell>
  )
}
