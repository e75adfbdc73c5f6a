import { unavailableLabel } from '../../src/utils/deal-phase'

describe('the button of a deal that cannot be bought', () => {
  it.each([
    ['on_sale', null],
    ['sold_out', '已售罄'],
    ['ended', '已结束'],
    ['draft', '未上架'],
  ] as const)('%s reads %p', (phase, label) => {
    expect(unavailableLabel({ phase, startAt: '2026-11-23T02:00:00Z' })).toBe(label)
  })

  it('tells on which Shanghai day and hour an upcoming deal opens', () => {
    const now = Date.parse('2026-11-20T00:00:00Z')
    expect(unavailableLabel({ phase: 'upcoming', startAt: '2026-11-23T02:00:00Z' }, now)).toBe('11月23日 10:00 开团')
    expect(unavailableLabel({ phase: 'upcoming', startAt: '2026-11-23T17:00:00Z' }, now)).toBe('11月24日 01:00 开团')
  })
})
