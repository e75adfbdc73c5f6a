import { fieldDigits, formatCountdown, formatDuration, formatPercent, formatYuan, yuanDigits } from '@/utils/format'

describe('formatYuan: one rule for money everywhere, always two decimals', () => {
  it.each([
    [2990, '¥29.90'],
    [2900, '¥29.00'],
    [2999, '¥29.99'],
    [2905, '¥29.05'],
    [1, '¥0.01'],
    [0, '¥0.00'],
    [298, '¥2.98'],
    [300, '¥3.00'],
    [123456789, '¥1234567.89'],
  ])('shows %i fen as %s', (fen, text) => {
    expect(formatYuan(fen)).toBe(text)
  })

  it('puts the sign of a negative amount before the ¥', () => {
    expect(formatYuan(-150)).toBe('-¥1.50')
    expect(yuanDigits(-150)).toBe('-1.50')
  })

  it('never goes through floating point: every cent of 0..100000 fen round-trips', () => {
    for (let fen = 0; fen <= 100000; fen += 1) {
      const digits = yuanDigits(fen)
      expect(digits).toMatch(/^\d+\.\d\d$/)
      expect(Math.round(Number(digits) * 100)).toBe(fen)
    }
  })
})

describe('fieldDigits: what a form field holds, trimmed', () => {
  it.each([
    [2990, '29.9'],
    [2900, '29'],
    [2905, '29.05'],
    [1500, '15'],
  ])('fills %i hundredths as %s', (n, text) => {
    expect(fieldDigits(n)).toBe(text)
  })

  it('keeps percentages trimmed: 1250 bps is 12.5%', () => {
    expect(formatPercent(1250)).toBe('12.5%')
  })
})

describe('formatDuration', () => {
  it.each([
    [1440, '24小时'],
    [60, '1小时'],
    [2880, '48小时'],
    [90, '90分钟'],
    [30, '30分钟'],
  ])('says %i minutes as %s', (minutes, text) => {
    expect(formatDuration(minutes)).toBe(text)
  })
})

describe('formatCountdown', () => {
  it('shows hours, minutes and seconds', () => {
    expect(formatCountdown(((5 * 60 + 3) * 60 + 9) * 1000)).toBe('05:03:09')
  })

  it('rounds partial seconds down', () => {
    expect(formatCountdown(1999)).toBe('00:00:01')
  })

  it('shows days past 24 hours', () => {
    expect(formatCountdown((2 * 86400 + 3600) * 1000)).toBe('2天 01:00:00')
  })

  it('never shows a negative time', () => {
    expect(formatCountdown(-5000)).toBe('00:00:00')
  })
})
