import { fulfilmentStage, type FulfilmentStage } from '../../cloudfunctions/shared/domain/delivery'
import { ORDER_TAB_FILTERS, ORDER_TAB_IDS, tabOfStage, type OrderTab } from '../../cloudfunctions/shared/domain/order-tabs'
import type { OrderStatus } from '../../cloudfunctions/shared/domain/order'

const STATUSES: OrderStatus[] = ['pending_payment', 'paid', 'effective', 'completed', 'cancelled', 'refunding', 'refunded']

interface Sample {
  status: OrderStatus
  mode: 'express' | 'pickup'
  shipped: boolean
  arrived: boolean
  afterSaleOpen: boolean
}

// Every order a shopper can hold: pickup goods are marked shipped when they reach the point.
const samples: Sample[] = STATUSES.flatMap((status) =>
  (['express', 'pickup'] as const).flatMap((mode) =>
    [false, true].flatMap((shipped) =>
      [false, true].map((afterSaleOpen) => ({ status, mode, shipped, arrived: mode === 'pickup' && shipped, afterSaleOpen })),
    ),
  ),
).filter((s) => !s.afterSaleOpen || s.status === 'completed')

const stageOf = (s: Sample): FulfilmentStage =>
  fulfilmentStage({ status: s.status, mode: s.mode, shippedAt: s.shipped ? new Date(0) : null, arrivedAt: s.arrived ? new Date(0) : null, afterSaleOpen: s.afterSaleOpen })

/** What the database query of a tab selects, applied to one order. */
function selects(tab: OrderTab, s: Sample): boolean {
  const f = ORDER_TAB_FILTERS[tab]
  const own =
    f.statuses.includes(s.status) &&
    (f.shipped === undefined || f.shipped === s.shipped) &&
    (f.afterSaleOpen === undefined || f.afterSaleOpen === s.afterSaleOpen)
  return own || (Boolean(f.orAfterSaleOpen) && s.afterSaleOpen)
}

describe('我的订单 tabs', () => {
  it.each(samples.map((s) => [`${s.status} ${s.mode}${s.shipped ? ' shipped' : ''}${s.afterSaleOpen ? ' after-sale' : ''}`, s] as const))(
    'the query of each tab selects exactly the orders whose stage belongs to it: %s',
    (_name, s) => {
      const expected = tabOfStage(stageOf(s))
      for (const tab of ORDER_TAB_IDS) expect([tab, selects(tab, s)]).toEqual([tab, tab === expected])
    },
  )

  it('puts goods not yet sent under 待发货 and goods on the way or at the point under 待收货', () => {
    expect(tabOfStage('to_ship')).toBe('to_ship')
    expect(tabOfStage('to_arrive')).toBe('to_ship')
    expect(tabOfStage('shipped')).toBe('to_receive')
    expect(tabOfStage('at_point')).toBe('to_receive')
  })

  it('counts refunds and open after-sales as 售后, and leaves cancelled orders to 全部 only', () => {
    expect(['after_sale', 'refunding', 'refunded'].map((s) => tabOfStage(s as FulfilmentStage))).toEqual(['after_sale', 'after_sale', 'after_sale'])
    expect(tabOfStage('cancelled')).toBeNull()
  })

  it('only offers unpaid orders still inside their pay time under 待付款', () => {
    expect(ORDER_TAB_FILTERS.unpaid.payable).toBe(true)
  })
})
