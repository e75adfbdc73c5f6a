import type { DealView } from '@shared/api'
import { shanghaiParts } from '@shared/domain/calendar'

/** What stands on a deal's button when it cannot be bought now; null when it can. */
export function unavailableLabel(deal: Pick<DealView, 'phase' | 'startAt'>): string | null {
  switch (deal.phase) {
    case 'on_sale':
      return null
    case 'upcoming': {
      const at = shanghaiParts(new Date(deal.startAt))
      return `${at.month}月${at.day}日开团`
    }
    case 'sold_out':
      return '已售罄'
    case 'ended':
      return '已结束'
    default:
      return '未上架'
  }
}
