import { homeOrder, titleMatches, type DealPhase } from '../../cloudfunctions/shared/domain/deal'
import { dealStockLine, opensLabel, unavailableLabel } from '../../src/utils/deal-phase'

const now = new Date('2026-12-02T01:00:00Z') // 09:00 in Shanghai
const H = 3_600_000
const deal = (_id: string, startOffsetH: number, stockLeft = 10) => ({
  _id,
  status: 'active' as const,
  startAt: new Date(now.getTime() + startOffsetH * H),
  endAt: new Date(now.getTime() + 240 * H),
  stockLeft,
})

describe('the home list order', () => {
  it('lists deals you can buy first (newest first), then upcoming ones (soonest first), then sold-out ones', () => {
    const deals = [deal('later', 48), deal('sold', -10, 0), deal('old', -72), deal('soon', 2), deal('new', -1)]
    expect(homeOrder(deals, now).map((d) => d._id)).toEqual(['new', 'old', 'soon', 'later', 'sold'])
  })

  it('searches titles by every word, ignoring case', () => {
    expect(titleMatches('晨光能量碗 Bowl', 'bowl 能量')).toBe(true)
    expect(titleMatches('晨光能量碗', '面包')).toBe(false)
    expect(titleMatches('晨光能量碗', '  ')).toBe(true)
  })
})

describe('a deal that opens later', () => {
  it.each([
    ['2026-12-02T02:00:00Z', '今天 10:00 开团'],
    ['2026-12-02T15:30:00Z', '今天 23:30 开团'],
    ['2026-12-02T16:00:00Z', '明天 00:00 开团'],
    ['2026-12-03T02:00:00Z', '明天 10:00 开团'],
    ['2026-12-05T02:00:00Z', '12月5日 10:00 开团'],
  ])('opening at %s says %p, in China time', (startAt, label) => {
    expect(opensLabel(startAt, now.getTime())).toBe(label)
    expect(unavailableLabel({ phase: 'upcoming', startAt }, now.getTime())).toBe(label)
  })
})

describe('the stock line of a card', () => {
  it.each([
    ['sold_out', 0, 0, '已抢光'],
    ['on_sale', 12, 30, '已拼 12 份 · 仅剩 30 份'],
    ['on_sale', 0, 30, '限量 30 份'],
    ['upcoming', 0, 100, '限量 100 份 · 即将开团'],
  ] as [DealPhase, number, number, string][])('%s with %i sold and %i left reads %p', (phase, soldCount, stockLeft, line) => {
    expect(dealStockLine({ phase, soldCount, stockLeft })).toBe(line)
  })

  it('never says 已拼 0 份 beside 已售罄', () => {
    expect(dealStockLine({ phase: 'sold_out', soldCount: 0, stockLeft: 0 })).not.toMatch(/已拼 0 份/)
  })
})
