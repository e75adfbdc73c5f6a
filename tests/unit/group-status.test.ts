import type { GroupView } from '@shared/api'
import { groupHeadline, groupPrimaryAction, membersNeeded, seatSlots } from '@/utils/group-status'

const member = (nickname: string, paid = true, isLeader = false) => ({ nickname, avatar: '', isLeader, paid })

const group = (over: Partial<GroupView>): GroupView =>
  ({
    groupId: 'g',
    dealId: 'd',
    status: 'open',
    size: 3,
    seatsTaken: 1,
    paidCount: 1,
    seatsLeft: 2,
    openedAt: '2026-11-22T00:00:00Z',
    expiresAt: '2026-11-23T00:00:00Z',
    members: [member('阿青', true, true)],
    myOrder: null,
    joinBlockedReason: null,
    ...over,
  }) as GroupView

describe('the group page headline', () => {
  it('counts the paid members still needed while the group is open', () => {
    expect(groupHeadline(group({})).title).toBe('还差 2 人')
    expect(groupHeadline(group({})).label).toBe('拼团中')
  })

  it('says when a reserved seat is still being paid for', () => {
    const h = groupHeadline(group({ seatsTaken: 3, paidCount: 2, seatsLeft: 0 }))
    expect(h.title).toBe('还差 1 人')
    expect(h.note).toContain('1 人正在支付')
  })

  it('tells everyone else that the leader has not paid yet', () => {
    expect(groupHeadline(group({ status: 'pending', paidCount: 0 })).title).toBe('等待团长支付')
  })

  it('tells the leader that paying opens the group', () => {
    const h = groupHeadline(group({ status: 'pending', paidCount: 0, myOrder: { orderId: 'o', status: 'pending_payment', payBefore: '', amountFen: 2990 } }))
    expect(h.title).toBe('支付后即可开团')
  })

  it('announces success, and a guaranteed group that shipped short', () => {
    expect(groupHeadline(group({ status: 'succeeded', paidCount: 3 })).title).toBe('拼团成功')
    expect(groupHeadline(group({ status: 'succeeded', paidCount: 2 })).note).toContain('成团保障')
  })

  it('says a failed group refunded the caller', () => {
    const h = groupHeadline(group({ status: 'failed', myOrder: { orderId: 'o', status: 'refunded', payBefore: '', amountFen: 2990 } }))
    expect(h.title).toBe('拼团失败')
    expect(h.note).toContain('已退款')
  })

  it('never needs a negative number of members', () => {
    expect(membersNeeded({ size: 2, paidCount: 3 })).toBe(0)
  })
})

describe('the group page main button', () => {
  it('offers to join when nothing blocks the caller', () => {
    expect(groupPrimaryAction(group({}))).toEqual({ kind: 'join' })
  })

  it('asks for payment first when the caller holds an unpaid seat', () => {
    expect(groupPrimaryAction(group({ myOrder: { orderId: 'o', status: 'pending_payment', payBefore: '', amountFen: 2990 }, joinBlockedReason: '你已经在这个团里了' }))).toEqual({ kind: 'pay' })
  })

  it('lets a member invite friends while the group is open', () => {
    expect(groupPrimaryAction(group({ myOrder: { orderId: 'o', status: 'paid', payBefore: '', amountFen: 2990 }, joinBlockedReason: '你已经在这个团里了' }))).toEqual({ kind: 'invite' })
  })

  it.each(['succeeded', 'failed'] as const)('offers another group once the group has %s', (status) => {
    expect(groupPrimaryAction(group({ status, joinBlockedReason: '这个团已经结束了' }))).toEqual({ kind: 'again' })
  })

  it('passes on why an outsider cannot join', () => {
    expect(groupPrimaryAction(group({ joinBlockedReason: '这个团已经满员了' }))).toEqual({ kind: 'blocked', reason: '这个团已经满员了' })
  })
})

describe('seat slots', () => {
  it('shows only real members, then empty seats up to the group size', () => {
    const { slots, hidden } = seatSlots(group({ members: [member('阿青', true, true), member('小满', false)] }))
    expect(slots.map((s) => s.member?.nickname ?? null)).toEqual(['阿青', '小满', null])
    expect(hidden).toBe(0)
  })

  it('draws at most ten seats of a big group', () => {
    const { slots, hidden } = seatSlots(group({ size: 50 }))
    expect(slots).toHaveLength(10)
    expect(slots.filter((s) => s.member)).toHaveLength(1)
    expect(hidden).toBe(40)
  })

  it('shows no empty seats once the group is over', () => {
    const { slots } = seatSlots(group({ status: 'failed', members: [member('阿青', true, true)] }))
    expect(slots).toHaveLength(1)
  })
})
