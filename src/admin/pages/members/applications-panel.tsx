import { View } from '@tarojs/components'
import { FilterChips } from '@/admin/components/filter-chips'
import { AdminError } from '@/admin/components/admin-error'
import { CO_CREATOR_FILTERS, coCreatorChip } from '@/admin/co-creator-labels'
import { StatusView } from '@/components/status-view'
import { WindowedList } from '@/components/windowed-list'
import { CoCreatorCard } from './co-creator-card'
import type { Decision } from './use-co-creator-decision'
import type { useCoCreatorQueue } from './use-co-creator-queue'

const FILTERS = CO_CREATOR_FILTERS.map((value) => ({ value, label: value ? coCreatorChip(value).label : '全部' }))

export interface ApplicationsPanelProps {
  queue: ReturnType<typeof useCoCreatorQueue>
  onDecide: (decision: Decision) => void
}

/** 共创官申请: the queue by status. */
export function ApplicationsPanel({ queue, onDecide }: ApplicationsPanelProps) {
  const { state } = queue
  return (
    <View className='admin-members__applications'>
      <FilterChips options={FILTERS} value={queue.filter} onChange={queue.changeFilter} />
      {state.status === 'idle' || state.status === 'loading' ? (
        <View className='co-card co-card--skeleton skeleton-block' />
      ) : state.status === 'error' ? (
        <AdminError error={state.error} onRetry={() => queue.reload()} />
      ) : !state.items.length ? (
        <StatusView
          kind='empty'
          title={queue.filter === 'pending' ? '没有待审核的申请' : '没有这样的申请'}
          message='体验官申请成为共创官时会出现在这里'
        />
      ) : (
        <WindowedList items={state.items} render={(a) => <CoCreatorCard key={a.openid} application={a} onDecide={onDecide} />} listKey={queue.filter} />
      )}
    </View>
  )
}
