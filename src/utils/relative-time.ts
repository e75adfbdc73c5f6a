import { shanghaiDayKey, shanghaiParts } from '@shared/domain/calendar'
import { dayText } from './format'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const pad2 = (n: number) => String(n).padStart(2, '0')

/**
 * When something was posted, as a feed says it (Shanghai time): 刚刚, 5分钟前, 3小时前
 * (same day), 昨天 21:30, 11月2日, and 2025年11月2日 for another year.
 */
export function relativeTime(iso: string, now: number): string {
  const at = Date.parse(iso)
  if (Number.isNaN(at)) return ''
  const ago = now - at
  if (ago < MINUTE) return '刚刚'
  if (ago < HOUR) return `${Math.floor(ago / MINUTE)}分钟前`
  const then = new Date(at)
  const today = new Date(now)
  if (shanghaiDayKey(then) === shanghaiDayKey(today)) return `${Math.floor(ago / HOUR)}小时前`
  const p = shanghaiParts(then)
  if (shanghaiDayKey(then) === shanghaiDayKey(new Date(now - DAY))) return `昨天 ${pad2(p.hour)}:${pad2(p.minute)}`
  return dayText(then, now)
}
