import { formatDate, formatPercent } from '@/utils/format'

describe('formatDate', () => {
  it('gives the Shanghai calendar day', () => {
    expect(formatDate('2025-11-28T16:30:00.000Z')).toBe('11月29日')
    expect(formatDate('2025-11-28T15:59:00.000Z')).toBe('11月28日')
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
