import { expiringSoonText, expiryText, validityText, voucherChip, voucherEmptyText, voucherTabItems } from '@/utils/voucher-status'

const DAY = 86_400_000
// 2026-11-30 00:00 in Shanghai: the end of a "days" voucher valid through 11月29日.
const MIDNIGHT = '2026-11-29T16:00:00.000Z'
const NOW = Date.parse('2026-11-20T02:00:00Z')

describe('我的卡券 tabs', () => {
  it('show each tab count once known, and nothing for an empty tab', () => {
    expect(voucherTabItems({ active: 2, used: 0, expired: 11 }).map((t) => t.label)).toEqual(['未使用(2)', '已使用', '已过期(11)'])
  })
  it('read plainly before the first answer', () => {
    expect(voucherTabItems(null).map((t) => t.label)).toEqual(['未使用', '已使用', '已过期'])
  })
  it('say how to get a voucher when there is none to use', () => {
    expect(voucherEmptyText('active').message).toContain('买就送')
    expect(voucherEmptyText('used').message).toContain('6 位券码')
  })
})

describe('a voucher’s validity line', () => {
  it('reads a midnight expiry as valid through the day before', () => {
    expect(expiryText(MIDNIGHT, NOW)).toBe('11月29日')
    expect(validityText({ status: 'active', expiresAt: MIDNIGHT, usedAt: '' }, NOW)).toBe('有效期至 11月29日')
  })
  it('keeps the minute of a fixed expiry', () => {
    expect(validityText({ status: 'active', expiresAt: '2026-11-29T10:30:00.000Z', usedAt: '' }, NOW)).toBe('有效期至 11月29日 18:30')
  })
  it('says when it was used, or when it ran out', () => {
    expect(validityText({ status: 'used', expiresAt: MIDNIGHT, usedAt: '2026-11-22T02:05:00.000Z' }, NOW)).toBe('11月22日 10:05 已使用')
    expect(validityText({ status: 'expired', expiresAt: MIDNIGHT, usedAt: '' }, NOW)).toBe('已于 11月29日 过期')
  })
  it('names the year of a voucher valid into next year (有效期至 2027年1月1日)', () => {
    // 2027-01-02 00:00 in Shanghai: valid through 1月1日 of next year.
    expect(validityText({ status: 'active', expiresAt: '2027-01-01T16:00:00.000Z', usedAt: '' }, NOW)).toBe('有效期至 2027年1月1日')
    expect(validityText({ status: 'active', expiresAt: '2027-01-01T10:30:00.000Z', usedAt: '' }, NOW)).toBe('有效期至 2027年1月1日 18:30')
  })
  it('says 长期有效 without an expiry', () => {
    expect(validityText({ status: 'active', expiresAt: '', usedAt: '' }, NOW)).toBe('长期有效')
  })
})

describe('an unused voucher close to its end', () => {
  const end = Date.parse(MIDNIGHT)
  it.each([
    [end - 5 * DAY, ''],
    [end - 2.5 * DAY, '还剩 3 天'],
    [end - 2 * 3_600_000, '今天到期'],
    [end + 1, ''],
  ])('at %s reads %s', (now, text) => {
    expect(expiringSoonText({ status: 'active', expiresAt: MIDNIGHT }, now)).toBe(text)
  })
  it('is not flagged once used', () => {
    expect(expiringSoonText({ status: 'used', expiresAt: MIDNIGHT }, end - DAY)).toBe('')
  })
})

describe('the voucher chip', () => {
  it('is green while unused and plain afterwards', () => {
    expect(voucherChip('active')).toEqual({ label: '未使用', tone: 'green' })
    expect(voucherChip('used').tone).toBe('plain')
    expect(voucherChip('expired').label).toBe('已过期')
  })
})
