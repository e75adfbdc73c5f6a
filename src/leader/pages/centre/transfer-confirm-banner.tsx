import { Button, Text, View } from '@tarojs/components'
import type { WithdrawalView } from '@shared/api'
import { formatDateTime, formatYuan } from '@/utils/format'
import './transfer-confirm-banner.scss'

export interface TransferConfirmBannerProps {
  waiting: WithdrawalView[]
  confirming: string | null
  onConfirm: (w: WithdrawalView) => void
}

/**
 * 待确认收款 at the top of the leader centre: WeChat holds each of these transfers until the
 * member confirms it (wx.requestMerchantTransfer), and closes it after 24 hours, the money
 * going back to the balance. The soonest deadline comes first.
 */
export function TransferConfirmBanner({ waiting, confirming, onConfirm }: TransferConfirmBannerProps) {
  if (waiting.length === 0) return null
  return (
    <View className='transfer-confirm' data-count={waiting.length}>
      <Text className='transfer-confirm__title'>待确认收款 · {waiting.length} 笔</Text>
      <Text className='transfer-confirm__hint'>微信要求本人确认后才到账，24 小时内未确认将撤销并退回可提现余额</Text>
      {waiting.map((w) => (
        <View key={w.withdrawalId} className='transfer-confirm__row' data-withdrawal-id={w.withdrawalId}>
          <View className='transfer-confirm__what'>
            <Text className='transfer-confirm__amount'>{formatYuan(w.amountFen)}</Text>
            {w.confirmBy ? <Text className='transfer-confirm__deadline'>{formatDateTime(w.confirmBy)} 前确认</Text> : null}
          </View>
          <Button className='transfer-confirm__button' disabled={confirming === w.withdrawalId || undefined} onClick={() => onConfirm(w)}>
            {confirming === w.withdrawalId ? '确认中…' : '确认收款'}
          </Button>
        </View>
      ))}
    </View>
  )
}
