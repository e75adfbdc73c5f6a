import { formatClock, formatDateTime } from '@/utils/format'

// 2026-12-02 14:00 in Shanghai.
const NOW = Date.parse('2026-12-02T06:00:00Z')

describe('formatDateTime', () => {
  it('shows an instant as Shanghai wall time', () => {
    expect(formatDateTime('2026-11-22T01:05:00.000Z', NOW)).toBe('11月22日 09:05')
    expect(formatDateTime('2026-11-22T16:30:00.000Z', NOW)).toBe('11月23日 00:30')
  })

  it('names the year when the time is in another China year', () => {
    expect(formatDateTime('2027-01-01T01:05:00.000Z', NOW)).toBe('2027年1月1日 09:05')
    expect(formatDateTime('2026-12-31T16:30:00.000Z', NOW)).toBe('2027年1月1日 00:30')
    expect(formatDateTime('2026-12-31T15:59:00.000Z', NOW)).toBe('12月31日 23:59')
    expect(formatDateTime('2025-12-31T01:00:00.000Z', NOW)).toBe('2025年12月31日 09:00')
  })

  it('shows nothing for an empty or broken time', () => {
    expect(formatDateTime('')).toBe('')
    expect(formatDateTime('soon')).toBe('')
  })
})

describe('formatClock', () => {
  it('shows the Shanghai wall clock of an instant', () => {
    expect(formatClock('2026-12-02T08:40:00.000Z')).toBe('16:40')
    expect(formatClock('2026-12-02T16:05:00.000Z')).toBe('00:05')
    expect(formatClock('later')).toBe('')
  })
})
