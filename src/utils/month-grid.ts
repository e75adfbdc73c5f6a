/**
 * A month as a calendar grid, Monday first. Months are `yyyymm` and days `yyyymmdd`,
 * Asia/Shanghai calendar days as the cloud stores check-ins (today's key comes from
 * shanghaiDayKey). A calendar date's weekday does not depend on the time zone.
 */
export interface DayCell {
  key: string
  date: number
}

const pad2 = (n: number) => String(n).padStart(2, '0')

function parseMonth(month: string): { year: number; month: number } {
  const m = /^(\d{4})(\d{2})$/.exec(month)
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new Error(`not a yyyymm month: ${month}`)
  return { year: Number(m[1]), month: Number(m[2]) }
}

/** Weeks of seven cells; null pads the days before the 1st and after the last. */
export function monthGrid(month: string): (DayCell | null)[][] {
  const { year, month: mo } = parseMonth(month)
  const days = new Date(Date.UTC(year, mo, 0)).getUTCDate()
  const lead = (new Date(Date.UTC(year, mo - 1, 1)).getUTCDay() + 6) % 7
  const cells: (DayCell | null)[] = Array.from({ length: lead }, () => null)
  for (let d = 1; d <= days; d++) cells.push({ key: `${month}${pad2(d)}`, date: d })
  while (cells.length % 7) cells.push(null)
  const weeks: (DayCell | null)[][] = []
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7))
  return weeks
}

/** The month `delta` months away: shiftMonth('202601', -1) is '202512'. */
export function shiftMonth(month: string, delta: number): string {
  const { year, month: mo } = parseMonth(month)
  const index = year * 12 + (mo - 1) + delta
  return `${Math.floor(index / 12)}${pad2((index % 12) + 1)}`
}

/** '202611' -> '2026年11月'. */
export function monthTitle(month: string): string {
  const { year, month: mo } = parseMonth(month)
  return `${year}年${mo}月`
}

export const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日']
