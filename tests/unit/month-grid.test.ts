import { shanghaiDayKey } from '@shared/domain/calendar'
import { monthGrid, monthTitle, shiftMonth } from '@/utils/month-grid'

const keys = (month: string) => monthGrid(month).map((week) => week.map((cell) => (cell ? cell.date : 0)))

describe('monthGrid (the check-in calendar, Monday first)', () => {
  it('starts November 2026 on a Sunday: six blanks, then the 1st', () => {
    const weeks = keys('202611')
    expect(weeks[0]).toEqual([0, 0, 0, 0, 0, 0, 1])
    expect(weeks[weeks.length - 1]).toEqual([30, 0, 0, 0, 0, 0, 0])
    expect(weeks).toHaveLength(6)
  })

  it('fits February 2027 (28 days, from a Monday) in exactly four weeks', () => {
    expect(keys('202702')).toEqual([
      [1, 2, 3, 4, 5, 6, 7],
      [8, 9, 10, 11, 12, 13, 14],
      [15, 16, 17, 18, 19, 20, 21],
      [22, 23, 24, 25, 26, 27, 28],
    ])
  })

  it('knows leap days', () => {
    const days = monthGrid('202802').flat().filter(Boolean)
    expect(days).toHaveLength(29)
    expect(days[28]?.key).toBe('20280229')
  })

  it('keys every day as yyyymmdd, the way the cloud stores check-ins', () => {
    const cells = monthGrid('202612').flat().filter(Boolean)
    expect(cells[0]?.key).toBe('20261201')
    expect(cells[30]?.key).toBe('20261231')
  })

  it('finds today by the Shanghai day, also when it is still yesterday in UTC', () => {
    const today = shanghaiDayKey(new Date('2026-11-30T16:30:00Z'))
    expect(today).toBe('20261201')
    expect(monthGrid(today.slice(0, 6)).flat().some((c) => c?.key === today)).toBe(true)
  })

  it('refuses a month that is not yyyymm', () => {
    expect(() => monthGrid('202613')).toThrow()
  })
})

describe('shiftMonth and monthTitle', () => {
  it.each([
    ['202601', -1, '202512'],
    ['202612', 1, '202701'],
    ['202611', -13, '202510'],
    ['202611', 0, '202611'],
  ])('%s shifted by %i is %s', (month, delta, expected) => {
    expect(shiftMonth(month, delta)).toBe(expected)
  })

  it('names a month in Chinese', () => {
    expect(monthTitle('202611')).toBe('2026年11月')
  })
})
