import type { DealView } from '@shared/api'
import { shanghaiDayKey, shanghaiParts } from '@shared/domain/calendar'

const pad2 = (n: number) => String(n).padStart(2, '0')
const DAY_MS = 86_400_000

/** When an upcoming deal opens, in China time: 今天 10:00 开团, 明天 10:00 开团, 12月5日 10:00 开团. */
export function opensLabel(startAt: string, now: number = Date.now()): string {
  const at = new Date(startAt)
  const p = shanghaiParts(at)
  const clock = `${pad2(p.hour)}:${pad2(p.minute)}`
  const day = shanghaiDayKey(at)
  if (day === shanghaiDayKey(new Date(now))) return `今天 ${clock} 开团`
  if (day === shanghaiDayKey(new Date(now + DAY_MS))) return `明天 ${clock} 开团`
  return `${p.month}月${p.day}日 ${clock} 开团`
}

/** What stands on a deal's button when it cannot be bought now; null when it can. */
export function unavailableLabel(deal: Pick<DealView, 'phase' | 'startAt'>, now: number = Date.now()): string | null {
  switch (deal.phase) {
    case 'on_sale':
      return null
    case 'upcoming':
      return opensLabel(deal.startAt, now)
    case 'sold_out':
      return '已售罄'
    case 'ended':
      return '已结束'
    default:
      return '未上架'
  }
}

/** The card's stock line: how it is going while on sale; 已抢光 alone once none is left; the stock before it opens. */
export function dealStockLine(deal: Pick<DealView, 'phase' | 'soldCount' | 'stockLeft'>): string {
  switch (deal.phase) {
    case 'on_sale':
      return deal.soldCount > 0 ? `已拼 ${deal.soldCount} 份 · 仅剩 ${deal.stockLeft} 份` : `限量 ${deal.stockLeft} 份`
    case 'upcoming':
      return `限量 ${deal.stockLeft} 份 · 即将开团`
    case 'sold_out':
      return '已抢光'
    default:
      return deal.soldCount > 0 ? `已拼 ${deal.soldCount} 份` : ''
  }
}
