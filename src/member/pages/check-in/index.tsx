import { View } from '@tarojs/components'
import { useLoad } from '@tarojs/taro'
import { shanghaiDayKey } from '@shared/domain/calendar'
import { PageShell } from '@/components/page-shell'
import { StatusView } from '@/components/status-view'
import { shiftMonth } from '@/utils/month-grid'
import { CheckInHero } from './check-in-hero'
import { MonthCalendar } from './month-calendar'
import { RewardTable } from './reward-table'
import { useCheckIn } from './use-check-in'
import './index.scss'

export default function CheckInPage() {
  const { state, load, showMonth, submit } = useCheckIn()
  useLoad(() => {
    load()
  })

  if (state.status === 'loading') {
    return (
      <PageShell className='check-in'>
        <View className='check-in-hero check-in-hero--loading skeleton-block' />
      </PageShell>
    )
  }
  if (state.status === 'error') {
    return (
      <PageShell className='check-in'>
        <StatusView kind='error' title='加载失败' message={state.error.message} actionText='重试' onAction={() => load()} />
      </PageShell>
    )
  }
  const { current, shown } = state
  return (
    <PageShell className='check-in'>
      <CheckInHero calendar={current} checking={state.checking} onCheckIn={submit} />
      <RewardTable calendar={current} />
      <MonthCalendar
        calendar={shown}
        today={shanghaiDayKey(new Date())}
        canNext={shown.month < current.month}
        loading={state.monthLoading}
        onPrev={() => showMonth(shiftMonth(shown.month, -1))}
        onNext={() => showMonth(shiftMonth(shown.month, 1))}
      />
    </PageShell>
  )
}
