import { Text, View } from '@tarojs/components'
import type { GroupStatus } from '@shared/api'
import { GROUP_STATUS_LABEL } from '@/utils/group-status'

const FILTERS: (GroupStatus | undefined)[] = [undefined, 'open', 'succeeded', 'failed', 'pending']

/** Chips to show all groups or only those of one status. */
export function StatusFilter({ value, onChange }: { value?: GroupStatus; onChange: (status?: GroupStatus) => void }) {
  return (
    <View className='status-filter'>
      {FILTERS.map((status) => (
        <Text
          key={status ?? 'all'}
          className={`status-filter__chip ${status === value ? 'status-filter__chip--on' : ''}`}
          data-status={status ?? 'all'}
          onClick={() => onChange(status)}
        >
          {status ? GROUP_STATUS_LABEL[status] : '全部'}
        </Text>
      ))}
    </View>
  )
}
