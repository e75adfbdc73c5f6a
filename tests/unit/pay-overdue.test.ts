import { cancelledByTimeout, payOverdue, shownStatus } from '../../cloudfunctions/shared/domain/order'
import type { OrderView, GroupView } from '../../cloudfunctions/shared/api'
import { groupAsOf, orderAsOf } from '../../src/utils/order-status'
import { groupPrimaryAction } from '../../src/utils/group-status'

const until = new Date('2026-12-01T02:15:00Z')
const unpaid = { status: 'pending_payment' as const, reservedUntil: until }

describe('an unpaid order past its pay time', () => {
  it('is overdue from its pay time on, before the release timer runs', () => {
    expect(payOverdue(unpaid, new Date(until.getTime() - 1))).toBe(false)
    expect(payOverdue(unpaid, until)).toBe(true)
    expect(shownStatus(unpaid, until)).toBe('cancelled')
    expect(shownStatus({ ...unpaid, status: 'paid' }, until)).toBe('paid')
  })

  it('reads as 支付超时 once cancelled by the timer, but not when the shopper cancelled it in time', () => {
    expect(cancelledByTimeout({ status: 'cancelled', reservedUntil: until, cancelledAt: new Date(until.getTime() + 5000) }, until)).toBe(true)
    expect(cancelledByTimeout({ status: 'cancelled', reservedUntil: until, cancelledAt: new Date(until.getTime() - 60_000) }, until)).toBe(false)
  })

  const order = {
    orderId: 'o',
    kind: 'group',
    status: 'pending_payment',
    payBefore: until.toISOString(),
    payExpired: false,
    nextStep: '请在 10:15 前完成支付',
    delivery: { stage: 'unpaid' },
  } as unknown as OrderView

  it('turns cancelled on screen when its pay time comes, with nothing left to pay', () => {
    expect(orderAsOf(order, until.getTime() - 1)).toBe(order)
    const later = orderAsOf(order, until.getTime())
    expect([later.status, later.payExpired, later.delivery.stage, later.nextStep]).toEqual(['cancelled', true, 'cancelled', '支付超时，订单已取消，未扣款'])
  })

  it('no longer offers 去支付 on the group page: the leader’s pending group has failed, and 重新开团 follows', () => {
    const group = { status: 'pending', myOrder: { orderId: 'o', status: 'pending_payment', payBefore: until.toISOString() }, joinBlockedReason: '你已经在这个团里了' } as unknown as GroupView
    expect(groupPrimaryAction(group)).toEqual({ kind: 'pay' })
    const later = groupAsOf(group, until.getTime())
    expect([later.status, later.myOrder?.status]).toEqual(['failed', 'cancelled'])
    expect(groupPrimaryAction(later)).toEqual({ kind: 'again' })
    const joined = groupAsOf({ ...group, status: 'open' }, until.getTime())
    expect([joined.status, groupPrimaryAction(joined)]).toEqual(['open', { kind: 'again' }])
  })
})
