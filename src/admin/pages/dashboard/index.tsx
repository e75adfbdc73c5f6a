import { Text, View } from '@tarojs/components'
import { AdminError } from '@/admin/components/admin-error'
import { AdminPageHead } from '@/admin/components/admin-page-head'
import { FilterChips } from '@/admin/components/filter-chips'
import { isQuiet } from '@/admin/dashboard-charts'
import { GRANULARITY_OPTIONS, headlineText, RANGE_OPTIONS, rangeText } from '@/admin/dashboard-range'
import { PageShell } from '@/components/page-shell'
import { StatusView } from '@/components/status-view'
import { formatClock, formatDateTime } from '@/utils/format'
import { ExportPanel } from './export-panel'
import { LeaderFunnel } from './leader-funnel'
import { SectionCard } from './section-card'
import { useDashboard } from './use-dashboard'
import './index.scss'

/** 数据看板: sales, group buying, the leaders' funnel, the community … for the range picked, with CSV export. */
export default function AdminDashboardPage() {
  const d = useDashboard()
  const { state } = d
  return (
    <PageShell className='admin-dashboard'>
      <AdminPageHead title='数据看板' note='每个数字都来自真实记录 · 点数字看口径' />
      <View className='dash-range'>
        <FilterChips options={RANGE_OPTIONS.map((o) => ({ value: String(o.value), label: o.label }))} value={String(d.days)} onChange={(v) => v && d.pickDays(Number(v) as 7 | 30 | 90)} />
        <FilterChips options={GRANULARITY_OPTIONS} value={d.granularity} onChange={(v) => v && d.setGranularity(v)} />
      </View>
      {state.status === 'loading' ? (
        <View className='dash-section dash-section--skeleton skeleton-block' />
      ) : state.status === 'error' ? (
        <AdminError error={state.error} onRetry={() => d.reload()} />
      ) : (
        <View className='admin-dashboard__body'>
          <View className='admin-dashboard__when'>
            <Text>
              {rangeText(state.data.board.from, state.data.board.to)}
              {state.data.board.todayAsOf ? ` · 今天截至 ${formatClock(state.data.board.todayAsOf)}` : ''}
              {state.data.board.rolledUpAt ? ` · 汇总于 ${formatDateTime(state.data.board.rolledUpAt)}` : ''}
            </Text>
            {state.data.board.todayAsOf ? (
              <Text className='admin-dashboard__refresh' onClick={d.refreshToday}>
                {d.refreshing ? '更新中…' : '更新'}
              </Text>
            ) : null}
          </View>
          <Text className='admin-dashboard__when'>{headlineText(state.data.board.periods)}</Text>
          {isQuiet(state.data.board.sections) ? (
            <StatusView kind='empty' title='这段时间还没有数据' message='有了订单、拼团、分享和晒单，这里就会出现走势。换个更长的时间段看看' />
          ) : (
            state.data.board.sections.map((section) => (
              <SectionCard key={section.key} section={section} periods={state.data.board.periods}>
                {section.key === 'leaders' ? <LeaderFunnel first={state.data.funnel} from={state.data.board.from} to={state.data.board.to} /> : null}
              </SectionCard>
            ))
          )}
          <ExportPanel from={state.data.board.from} to={state.data.board.to} />
        </View>
      )}
    </PageShell>
  )
}
