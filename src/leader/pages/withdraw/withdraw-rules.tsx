import { Text, View } from '@tarojs/components'
import type { Fen } from '@shared/domain/money'
import { formatYuan } from '@/utils/format'
import { REAL_NAME_FROM_FEN } from '@/utils/withdraw-amount'

/** How withdrawing works, in the order a leader wonders about it. */
export function WithdrawRules({ minWithdrawFen, maxPerDay }: { minWithdrawFen: Fen; maxPerDay: number }) {
  const rules = [
    `单次至少 ${formatYuan(minWithdrawFen)}，低于 ${formatYuan(REAL_NAME_FROM_FEN)}`,
    `每天最多提现 ${maxPerDay} 次`,
    '提交后金额先从可提现中扣除，品牌审核后转入你的微信零钱',
    '如微信提示，请在「提现记录」里点「确认收款」',
    '审核未通过或转账失败，金额自动退回可提现',
  ]
  return (
    <View className='withdraw-rules'>
      <Text className='withdraw-rules__title'>提现说明</Text>
      {rules.map((rule) => (
        <Text key={rule} className='withdraw-rules__item'>
          {rule}
        </Text>
      ))}
    </View>
  )
}
