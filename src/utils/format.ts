import { formatYuan, yuanDigits } from '@shared/domain/money'
import { shanghaiParts } from '@shared/domain/calendar'

const pad2 = (n: number) => String(n).padStart(2, '0')

/** Money everywhere, always two decimals: 2990 -> "¥29.90", 0 -> "¥0.00" (the rule lives in @shared/domain/money). */
export { formatYuan, yuanDigits }

/**
 * An amount in hundredths (fen, or basis points of a percentage) as a form field holds it,
 * with no trailing zeros: 2990 -> "29.9", 2900 -> "29", 1500 -> "15". Never for showing money.
 */
export function fieldDigits(hundredths: number): string {
  const sign = hundredths < 0 ? '-' : ''
  const abs = Math.abs(Math.trunc(hundredths))
  const whole = Math.floor(abs / 100)
  const cents = abs % 100
  if (cents === 0) return `${sign}${whole}`
  if (cents % 10 === 0) return `${sign}${whole}.${cents / 10}`
  return `${sign}${whole}.${pad2(cents)}`
}

/** A deal's time limit as people say it: 1440 -> "24小时", 90 -> "90分钟". */
export function formatDuration(minutes: number): string {
  if (minutes >= 60 && minutes % 60 === 0) return `${minutes / 60}小时`
  return `${minutes}分钟`
}

/** Time left until a deadline: "05:03:09", or "2天 01:00:00" past a day; never negative. */
export function formatCountdown(msLeft: number): string {
  const total = Math.max(0, Math.floor(msLeft / 1000))
  const days = Math.floor(total / 86400)
  const clock = `${pad2(Math.floor((total % 86400) / 3600))}:${pad2(Math.floor((total % 3600) / 60))}:${pad2(total % 60)}`
  return days > 0 ? `${days}天 ${clock}` : clock
}

/** A Shanghai calendar day as people write it: "11月29日", with the year when it is not this China year ("2027年1月1日"). */
export function dayText(at: Date, now: number = Date.now()): string {
  const p = shanghaiParts(at)
  const year = p.year === shanghaiParts(new Date(now)).year ? '' : `${p.year}年`
  return `${year}${p.month}月${p.day}日`
}

/** An instant as Shanghai wall time, the way order lists show it: "11月22日 09:05" (another year: "2027年1月1日 09:05"). */
export function formatDateTime(iso: string, now: number = Date.now()): string {
  const at = Date.parse(iso)
  if (Number.isNaN(at)) return ''
  return `${dayText(new Date(at), now)} ${formatClock(iso)}`
}

/** An instant's Shanghai wall clock: "16:40". */
export function formatClock(iso: string): string {
  const at = Date.parse(iso)
  if (Number.isNaN(at)) return ''
  const p = shanghaiParts(new Date(at))
  return `${pad2(p.hour)}:${pad2(p.minute)}`
}

/** An instant's Shanghai calendar day: "11月29日" (another year: "2027年1月1日"). */
export function formatDate(iso: string, now: number = Date.now()): string {
  const at = Date.parse(iso)
  if (Number.isNaN(at)) return ''
  return dayText(new Date(at), now)
}

/** A rate in basis points as a percentage: 1500 -> "15%", 1250 -> "12.5%". */
export function formatPercent(bps: number): string {
  return `${fieldDigits(bps)}%`
}
