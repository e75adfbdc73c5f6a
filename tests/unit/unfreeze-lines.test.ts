import { unfreezeLines } from '@/utils/unfreeze'

// 2025-11-25 in Shanghai.
const NOW = Date.parse('2025-11-25T02:00:00.000Z')

describe('when frozen commission unfreezes', () => {
  it('reads one line per amount: "¥4.48 将于 11月29日 解冻"', () => {
    expect(unfreezeLines([{ amountFen: 448, unfreezeAt: '2025-11-29T02:00:00.000Z' }], 2, NOW)).toEqual(['¥4.48 将于 11月29日 解冻'])
  })

  it('adds up amounts that unfreeze on the same Shanghai day and lists the soonest first', () => {
    const lines = unfreezeLines([
      { amountFen: 300, unfreezeAt: '2025-12-01T01:00:00.000Z' },
      { amountFen: 298, unfreezeAt: '2025-11-29T02:00:00.000Z' },
      { amountFen: 150, unfreezeAt: '2025-11-29T15:00:00.000Z' }, // 11月29日 23:00 in Shanghai
      { amountFen: 100, unfreezeAt: '2025-11-29T16:30:00.000Z' }, // already 11月30日 in Shanghai
    ], 2, NOW)
    expect(lines).toEqual(['¥4.48 将于 11月29日 解冻', '¥1.00 将于 11月30日 解冻'])
  })

  it('shows as many days as asked', () => {
    const days = [1, 2, 3].map((d) => ({ amountFen: 100, unfreezeAt: `2025-12-0${d}T04:00:00.000Z` }))
    expect(unfreezeLines(days, 3)).toHaveLength(3)
  })

  it('names the year of a day in another China year', () => {
    expect(unfreezeLines([{ amountFen: 448, unfreezeAt: '2026-01-02T02:00:00.000Z' }], 2, NOW)).toEqual(['¥4.48 将于 2026年1月2日 解冻'])
  })

  it('says nothing when nothing is frozen', () => {
    expect(unfreezeLines([])).toEqual([])
  })
})
