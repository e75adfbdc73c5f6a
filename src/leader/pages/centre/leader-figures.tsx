import { Button, Text, View } from '@tarojs/components'
import type { DistributorSummary } from '@shared/api'
import type { Fen } from '@shared/domain/money'
import { formatYuan, yuanDigits } from '@/utils/format'
import { unfreezeLines } from '@/utils/unfreeze'
import type { LeaderTab } from './use-leader-lists'

export interface LeaderFiguresProps {
  summary: DistributorSummary
  onWithdraw: () => void
  /** A figure was tapped: show the list it sums up. */
  onOpenList: (tab: LeaderTab) => void
}

/**
 * What the leader earned: available to withdraw, still frozen (and when it unfreezes), withdrawn,
 * and the audience. Each figure says in a line what it counts; tapping it opens the list it sums.
 */
export function LeaderFigures({ summary, onWithdraw, onOpenList }: LeaderFiguresProps) {
  const lines = unfreezeLines(summary.unfreezing)
  return (
    <View className='leader-figures'>
      <View className='leader-figures__main'>
        <View className='leader-centre__available' data-fen={summary.availableFen}>
          <Text className='leader-figures__label'>可提现（元）</Text>
          <Text className='leader-figures__big'>{yuanDigits(summary.availableFen)}</Text>
          <Text className='leader-figures__hint'>已结算，可提到微信零钱</Text>
        </View>
        <Button
          className={`leader-figures__withdraw ${summary.availableFen < summary.minWithdrawFen ? 'leader-figures__withdraw--low' : ''}`}
          onClick={onWithdraw}
        >
          提现
        </Button>
      </View>
      <View className='leader-figures__row'>
        <Cell kind='pending' value={formatYuan(summary.pendingFen)} label='待结算' hint='售后期后到账' fen={summary.pendingFen} onTap={() => onOpenList('commissions')} />
        <Cell kind='withdrawn' value={formatYuan(summary.withdrawnFen)} label='已提现' hint='已到微信零钱' fen={summary.withdrawnFen} onTap={() => onOpenList('withdrawals')} />
        <Cell kind='customers' value={String(summary.customers)} label='客户' hint='绑定你的好友' onTap={() => onOpenList('customers')} />
        <Cell kind='orders' value={String(summary.orders)} label='带来订单' hint='每单一条佣金' onTap={() => onOpenList('commissions')} />
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

interface CellProps {
  kind: 'pending' | 'withdrawn' | 'customers' | 'orders'
  value: string
  label: string
  /** What the figure counts, in a line. */
  hint: string
  fen?: Fen
  onTap: () => void
}

function Cell({ kind, value, label, hint, fen, onTap }: CellProps) {
  return (
    <View className={`leader-figures__cell leader-centre__${kind}`} data-fen={fen} onClick={onTap}>
      <Text className='leader-figures__value'>{value}</Text>
      <Text className='leader-figures__cell-label'>{label}</Text>
      <Text className='leader-figures__cell-hint'>{hint}</Text>
    </View>
  )
}
