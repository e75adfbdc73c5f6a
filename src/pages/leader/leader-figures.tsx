import { Button, Text, View } from '@tarojs/components'
import type { DistributorSummary } from '@shared/api'
import type { Fen } from '@shared/domain/money'
import { formatYuan, yuanDigits } from '@/utils/format'
import { unfreezeLines } from '@/utils/unfreeze'

export interface LeaderFiguresProps {
  summary: DistributorSummary
  onWithdraw: () => void
}

/** What the leader earned: available to withdraw, still frozen (and when it unfreezes), withdrawn. */
export function LeaderFigures({ summary, onWithdraw }: LeaderFiguresProps) {
  const lines = unfreezeLines(summary.unfreezing)
  return (
    <View className='leader-figures'>
      <View className='leader-figures__main'>
        <View className='leader-centre__available' data-fen={summary.availableFen}>
          <Text className='leader-figures__label'>可提现（元）</Text>
          <Text className='leader-figures__big'>{yuanDigits(summary.availableFen)}</Text>
        </View>
        <Button
          className={`leader-figures__withdraw ${summary.availableFen < summary.minWithdrawFen ? 'leader-figures__withdraw--low' : ''}`}
          onClick={onWithdraw}
        >
          提现
        </Button>
      </View>
      <View className='leader-figures__row'>
        <Figure className='leader-centre__pending' label='待结算' fen={summary.pendingFen} />
        <Figure className='leader-centre__withdrawn' label='已提现' fen={summary.withdrawnFen} />
        <Count label='客户' value={summary.customers} />
        <Count label='带来订单' value={summary.orders} />
      </View>
      {lines.length ? (
        <View className='leader-centre__unfreeze'>
          {lines.map((line) => (
            <Text key={line} className='leader-centre__unfreeze-line'>
              {line}
            </Text>
          ))}
        </View>
      ) : (
        <Text className='leader-figures__rule'>佣金在订单成团 7 天售后期结束后结算到可提现</Text>
      )}
    </View>
  )
}

function Figure({ className, label, fen }: { className: string; label: string; fen: Fen }) {
  return (
    <View className={`leader-figures__cell ${className}`} data-fen={fen}>
      <Text className='leader-figures__value'>{formatYuan(fen)}</Text>
      <Text className='leader-figures__cell-label'>{label}</Text>
    </View>
  )
}

function Count({ label, value }: { label: string; value: number }) {
  return (
    <View className='leader-figures__cell'>
      <Text className='leader-figures__value'>{value}</Text>
      <Text className='leader-figures__cell-label'>{label}</Text>
    </View>
  )
}
