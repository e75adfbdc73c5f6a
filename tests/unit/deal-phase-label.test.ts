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

  it('tells on which Shanghai day an upcoming deal opens', () => {
    expect(unavailableLabel({ phase: 'upcoming', startAt: '2026-11-23T02:00:00Z' })).toBe('11月23日开团')
    expect(unavailableLabel({ phase: 'upcoming', startAt: '2026-11-23T17:00:00Z' })).toBe('11月24日开团')
  })
})
