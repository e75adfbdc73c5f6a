import type { ShipQueueItem } from '@shared/api'
import { StatusView } from '@/components/status-view'
import { AdminList } from '@/admin/components/admin-list'
import { onDay } from '@/admin/shipping'
import type { ShipStage } from '@/services/fulfilment'
import type { PagedList } from '@/hooks/use-paged-list'
import { PointBatches } from './point-batches'
import { ShipCard } from './ship-card'
import type { useShip } from './use-ship'
import type { useShipQueue } from './use-ship-queue'

const EMPTY: Record<ShipStage, { title: string; message: string }> = {
  to_ship: { title: '没有待发货的快递订单', message: '成团后选择快递到家的订单会出现在这里' },
  to_arrive: { title: '没有待送往自提点的订单', message: '成团后选择团长自提的订单按自提点出现在这里' },
  shipped: { title: '还没有已发货的订单', message: '发货后可在这里查看物流单号' },
  at_point: { title: '自提点没有待取的订单', message: '到货后，买家凭取货码到自提点取货' },
}

export interface QueuePanelProps {
  stage: ShipStage
  day: string
  queue: ReturnType<typeof useShipQueue>
  ship: ReturnType<typeof useShip>
}

/** One stage of the queue: cards to tick and ship (待发货), batches by point (待到货), or records. */
export function QueuePanel({ stage, day, queue, ship }: QueuePanelProps) {
  const { list, selected } = queue
  // The date narrows what is loaded; AdminList keeps the loading, error and empty states.
  const shown: PagedList<ShipQueueItem> = { ...list, state: { ...list.state, items: onDay(list.state.items, day) } }
  const empty = day && list.state.items.length ? { title: '这天成团的订单都处理完了', message: '清除日期查看全部' } : EMPTY[stage]
  if (stage === 'to_arrive' && list.state.status === 'ready' && shown.state.items.length) {
    return (
      <PointBatches
        items={shown.state.items}
        selected={selected}
        busy={ship.busy}
        onToggle={queue.toggle}
        onSelectAll={queue.setMany}
        onDispatch={ship.dispatch}
      />
    )
  }
  if (list.state.status === 'ready' && !shown.state.items.length) return <StatusView kind='empty' {...empty} />
  return (
    <AdminList
      list={shown}
      empty={empty}
      row={(item) =>
        stage === 'to_ship' ? (
          <ShipCard key={item.orderId} item={item} selected={selected.includes(item.orderId)} onToggle={queue.toggle} onShip={(i) => ship.open([i])} />
        ) : (
          <ShipCard key={item.orderId} item={item} />
        )
      }
    />
  )
}
