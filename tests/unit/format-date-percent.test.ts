import { formatDate, formatPercent } from '@/utils/format'

// 2025-11-28 in Shanghai.
const NOW = Date.parse('2025-11-28T06:00:00Z')

describe('formatDate', () => {
  it('gives the Shanghai calendar day', () => {
    expect(formatDate('2025-11-28T16:30:00.000Z', NOW)).toBe('11月29日')
    expect(formatDate('2025-11-28T15:59:00.000Z', NOW)).toBe('11月28日')
  })

  it('names the year of a day in another China year, e.g. a voucher valid into next year', () => {
    expect(formatDate('2026-01-01T03:00:00.000Z', NOW)).toBe('2026年1月1日')
    expect(formatDate('2025-12-31T16:00:00.000Z', NOW)).toBe('2026年1月1日')
    expect(formatDate('2024-12-31T03:00:00.000Z', NOW)).toBe('2024年12月31日')
  })

  it('is empty for a missing date', () => {
    expect(formatDate('')).toBe('')
  })
})

describe('formatPercent', () => {
  it.each([
    [1500, '15%'],
    [1250, '12.5%'],
    [1234, '12.34%'],
    [0, '0%'],
  ])('%i basis points read %s', (bps, text) => {
    expect(formatPercent(bps)).toBe(text)
  })
})
