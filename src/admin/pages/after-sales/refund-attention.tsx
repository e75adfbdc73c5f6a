import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import { Tag } from '@/components/tag'
import { NoteSheet } from '@/admin/components/note-sheet'
import { toAppError } from '@/services/app-error'
import { refundsNeedingAttention, resolveRefund, type AdminRefundView } from '@/services/admin-refunds'
import { formatDateTime, formatYuan } from '@/utils/format'

type Decision = { refund: AdminRefundView; resolution: 'retry' | 'offline' }

/** What went wrong at the platform, in the brand's words. */
const PROBLEM: Record<string, string> = {
  ABNORMAL: '退款异常：买家的银行卡已注销或冻结，款项停在微信支付。请在商户平台「交易中心 → 退款」处理（退到用户其他银行卡或退回商户账户后线下退给买家），再标记为已线下处理。',
  CLOSED: '退款关闭：商户账户余额不足超过 7 天。充值后可重新发起退款，或线下处理。',
}

/**
 * 退款异常 (the brand's attention list): refunds that never reached the buyer. Each stays
 * 退款中 for the buyer (who reads 退款异常，客服将联系您) until it is sent again or marked
 * handled offline here. Hidden when there is none.
 */
export function RefundAttention() {
  const [items, setItems] = useState<AdminRefundView[]>([])
  const [count, setCount] = useState(0)
  const [decision, setDecision] = useState<Decision | null>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    try {
      const page = await refundsNeedingAttention()
      setItems(page.items)
      setCount(page.count)
    } catch (e) {
      Taro.showToast({ title: toAppError(e).message, icon: 'none' })
    }
  }, [])
  useEffect(() => {
    load()
  }, [load])

  const confirm = async (note: string) => {
    if (!decision || busy) return
    setBusy(true)
    try {
      const done = await resolveRefund(decision.refund.refundId, decision.resolution, note)
      Taro.showToast({ title: done.status === 'abnormal' ? '仍未成功，请稍后再看' : '已处理', icon: 'none' })
      setDecision(null)
      await load()
    } catch (e) {
      Taro.showToast({ title: toAppError(e).message, icon: 'none', duration: 2500 })
    } finally {
      setBusy(false)
    }
  }

  if (count === 0) return null
  return (
    <View className='refund-attention' data-count={count}>
      <View className='refund-attention__head'>
        <Text className='refund-attention__title'>退款异常</Text>
        <Tag tone='berry' className='refund-attention__count'>{count} 笔待处理</Tag>
      </View>
      {items.map((r) => (
        <View key={r.refundId} className='admin-card refund-attention__card' data-refund-id={r.refundId} data-platform-status={r.platformStatus ?? ''}>
          <View className='admin-card__head'>
            <View className='admin-card__who'>
              <Text className='admin-card__name'>{r.title}</Text>
              <Text className='admin-card__meta'>
                {r.buyerNickname || '微信用户'} · 退款 {formatYuan(r.amountFen)} · {formatDateTime(r.abnormalAt)}
              </Text>
            </View>
            <Tag tone='berry'>{r.platformStatus === 'CLOSED' ? '退款关闭' : '退款异常'}</Tag>
          </View>
          <Text className='admin-card__meta'>订单 {r.orderId.slice(-8)} · {r.reason}</Text>
          <Text className='admin-card__quote'>{PROBLEM[r.platformStatus ?? ''] ?? '平台未能完成这笔退款，请核实后处理。'}</Text>
          <View className='admin-card__actions'>
            {r.platformStatus === 'CLOSED' ? (
              <Button className='admin-card__btn refund-attention__retry' onClick={() => setDecision({ refund: r, resolution: 'retry' })}>
                重新退款
              </Button>
            ) : null}
            <Button className='admin-card__btn admin-card__approve refund-attention__offline' onClick={() => setDecision({ refund: r, resolution: 'offline' })}>
              已线下处理
            </Button>
          </View>
        </View>
      ))}
      {decision ? (
        <NoteSheet
          title={decision.resolution === 'retry' ? '重新发起退款' : '标记为已线下处理'}
          lines={[`${decision.refund.title} · ${formatYuan(decision.refund.amountFen)}`, decision.resolution === 'retry' ? '请确认商户账户余额已充足，将以新的退款单号原路退回' : '订单将显示为已退款，买家会看到已由客服处理']}
          note={
            decision.resolution === 'offline'
              ? { label: '如何处理的', placeholder: '例如：已在商户平台退至买家建设银行卡 / 已微信转账给买家', required: true }
              : undefined
          }
          confirmText={decision.resolution === 'retry' ? '重新退款' : '确认已处理'}
          tone='green'
          busy={busy}
          onConfirm={confirm}
          onCancel={() => !busy && setDecision(null)}
        />
      ) : null}
    </View>
  )
}
