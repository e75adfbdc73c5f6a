import type { PresaleView } from '@shared/api'
import { formatDateTime } from './format'

/** A pre-sale as the deal page says it, from real paid orders only. */
export function presaleText(p: PresaleView): { state: string; count: string; percent: number; note: string } {
  const percent = p.minQuantity > 0 ? Math.min(100, Math.round((p.bookedQuantity / p.minQuantity) * 100)) : 100
  const count = `已预订 ${p.bookedQuantity} / 目标 ${p.minQuantity}`
  if (p.status === 'succeeded') return { state: '预售成功', count, percent, note: '已达目标，按订单生产后发货' }
  if (p.status === 'failed') return { state: '预售未达目标', count, percent, note: '未达目标，已付款的订单全额退款' }
  return { state: '预售中', count, percent, note: `${formatDateTime(p.endsAt)} 截止 · 达到目标才生产，未达目标全额退款` }
}
