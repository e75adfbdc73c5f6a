import { Button, Input, Text, View } from '@tarojs/components'
import type { DistributorSummary } from '@shared/api'
import { formatYuan } from '@/utils/format'

export interface WithdrawFormProps {
  summary: DistributorSummary
  amount: string
  error: string | null
  submitting: boolean
  onAmount: (text: string) => void
  onAll: () => void
  onSubmit: () => void
}

/** The amount in yuan, 全部提现, what is wrong with it, and the button that asks. */
export function WithdrawForm({ summary, amount, error, submitting, onAmount, onAll, onSubmit }: WithdrawFormProps) {
  return (
    <View className='withdraw-form'>
      <Text className='withdraw-form__label'>提现金额</Text>
      <View className={`withdraw-form__field ${error ? 'withdraw-form__field--invalid' : ''}`}>
        <Text className='withdraw-form__yuan'>¥</Text>
        <Input
          className='withdraw-page__input'
          type='digit'
          value={amount}
          placeholder={`至少 ${formatYuan(summary.minWithdrawFen)}`}
          placeholderClass='withdraw-form__placeholder'
          onInput={(e) => onAmount(e.detail.value)}
        />
        <Text className='withdraw-page__all' onClick={onAll}>
          全部提现
        </Text>
      </View>
      {error ? (
        <Text className='withdraw-page__error'>{error}</Text>
      ) : (
        <Text className='withdraw-form__hint'>可提现 {formatYuan(summary.availableFen)} · 提现至微信零钱</Text>
      )}
      <Button className='withdraw-page__submit' disabled={submitting || undefined} onClick={onSubmit}>
        {submitting ? '提交中…' : '申请提现'}
      </Button>
    </View>
  )
}
