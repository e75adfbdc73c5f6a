import { Text, View } from '@tarojs/components'
import { useLoad } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { StatusView } from '@/components/status-view'
import { openLeaderApply } from '@/routes'
import { formatYuan, yuanDigits } from '@/utils/format'
import { useWithdraw } from './use-withdraw'
import { WithdrawForm } from './withdraw-form'
import { WithdrawRules } from './withdraw-rules'
import './index.scss'

export default function WithdrawPage() {
  const { state, load, setAmount, fillAll, submit } = useWithdraw()
  useLoad(() => {
    load()
  })

  if (state.status === 'loading') {
    return (
      <PageShell className='withdraw-page'>
        <View className='withdraw-page__skeleton skeleton-block' />
      </PageShell>
    )
  }
  if (state.status === 'error') {
    return (
      <PageShell className='withdraw-page'>
        {state.error.code === 'FORBIDDEN' ? (
          <StatusView kind='empty' title='你还不是团长' message='成为团长后，分享所得佣金可在这里提现' actionText='申请成为团长' onAction={openLeaderApply} />
        ) : (
          <StatusView kind='error' title='加载失败' message={state.error.message} actionText='重试' onAction={load} />
        )}
      </PageShell>
    )
  }

  const s = state.summary
  return (
    <PageShell className='withdraw-page'>
      <View className='withdraw-page__balance' data-fen={s.availableFen}>
        <Text className='withdraw-page__balance-label'>可提现余额（元）</Text>
        <Text className='withdraw-page__balance-value'>{yuanDigits(s.availableFen)}</Text>
        <Text className='withdraw-page__balance-note'>
          待结算 {formatYuan(s.pendingFen)} · 已提现 {formatYuan(s.withdrawnFen)}
        </Text>
      </View>
      <WithdrawForm
        summary={s}
        amount={state.amount}
        error={state.error}
        submitting={state.submitting}
        onAmount={setAmount}
        onAll={fillAll}
        onSubmit={submit}
      />
      <WithdrawRules minWithdrawFen={s.minWithdrawFen} maxPerDay={s.maxWithdrawalsPerDay} />
    </PageShell>
  )
}
