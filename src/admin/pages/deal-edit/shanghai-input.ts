import { shanghaiParts } from '@shared/domain/calendar'

const pad2 = (n: number) => String(n).padStart(2, '0')
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const TIME = /^(\d{2}):(\d{2})$/

/** An instant as the date and time pickers show it, in Shanghai time. */
export function toShanghaiInput(iso: string): { date: string; time: string } {
  const p = shanghaiParts(new Date(iso))
  return { date: `${p.year}-${pad2(p.month)}-${pad2(p.day)}`, time: `${pad2(p.hour)}:${pad2(p.minute)}` }
}

/** Shanghai date ('2025-11-23') and time ('10:00') as an ISO instant; null if either is malformed. */
export function fromShanghaiInput(date: string, time: string): string | null {
  const d = DATE.exec(date)
  const t = TIME.exec(time)
  if (!d || !t) return null
  const [y, mo, day, h, mi] = [d[1], d[2], d[3], t[1], t[2]].map(Number)
  const at = new Date(Date.UTC(y, mo - 1, day, h - 8, mi))
  const back = toShanghaiInput(at.toISOString())
  return back.date === date && back.time === time ? at.toISOString() : null
}
