import type { GroupView } from '@shared/api'

type GroupFacts = Pick<GroupView, 'status' | 'size' | 'paidCount' | 'seatsTaken' | 'myOrder'>

export interface GroupHeadline {
  /** A short state label: 拼团中, 拼团成功, … */
  label: string
  /** The big line. */
  title: string
  note: string
  tone: 'green' | 'berry' | 'amber' | 'plain'
}

/** How many more paid members the group needs to succeed. */
export const membersNeeded = (g: Pick<GroupView, 'size' | 'paidCount'>) => Math.max(0, g.size - g.paidCount)

/** The group page's headline for each state of a group. */
export function groupHeadline(g: GroupFacts): GroupHeadline {
  const mine = g.myOrder?.status
  switch (g.status) {
    case 'pending':
      return mine === 'pending_payment'
        ? { label: '待开团', title: '支付后即可开团', note: '支付成功后拼团才会开始，好友才能看到这个团', tone: 'amber' }
        : { label: '待开团', title: '等待团长支付', note: '团长支付后即可参团', tone: 'amber' }
    case 'open': {
      const paying = g.seatsTaken - g.paidCount
      return {
        label: '拼团中',
        title: `还差 ${membersNeeded(g)} 人`,
        note:
          mine === 'cancelled'
            ? '你的订单支付超时，已取消，未扣款'
            : paying > 0
              ? `${paying} 人正在支付，名额已为 TA 保留`
              : '邀请好友参团，人满即成团',
        tone: 'berry',
      }
    }
    case 'succeeded':
      return {
        label: '已结束',
        title: '拼团成功',
        note: g.paidCount < g.size ? `成团保障：${g.paidCount} 人也照常发货` : '人已凑齐，商家将尽快发货',
        tone: 'green',
      }
    case 'failed':
      return {
        label: '已结束',
        title: '拼团失败',
        note: failedNote(mine),
        tone: 'plain',
      }
    default:
      return { label: '', title: '', note: '', tone: 'plain' }
  }
}

function failedNote(mine: string | undefined): string {
  if (mine === 'cancelled') return '未在时限内支付，订单已取消，未扣款'
  if (mine === 'refunded') return '已退款 · 款项原路退回'
  if (mine === 'refunding') return '退款处理中 · 款项将原路退回'
  return '未在时限内凑齐人数，已为参团成员全额退款'
}

/** The group page's main button. */
export type GroupAction =
  | { kind: 'pay' }
  | { kind: 'join' }
  | { kind: 'invite' }
  | { kind: 'again' }
  | { kind: 'blocked'; reason: string }

export function groupPrimaryAction(g: Pick<GroupView, 'status' | 'myOrder' | 'joinBlockedReason'>): GroupAction {
  if (g.myOrder?.status === 'pending_payment') return { kind: 'pay' }
  // The caller's seat lapsed unpaid (支付超时): start again from the deal.
  if (g.myOrder?.status === 'cancelled') return { kind: 'again' }
  if (g.status === 'succeeded' || g.status === 'failed') return { kind: 'again' }
  if (g.joinBlockedReason === null) return { kind: 'join' }
  if (g.myOrder && g.status === 'open') return { kind: 'invite' }
  return { kind: 'blocked', reason: g.joinBlockedReason || '暂时无法参团' }
}

export interface SeatSlot {
  key: string
  member: GroupView['members'][number] | null
}

/**
 * Seats to draw: every real member, then (while the group can still fill) its empty seats,
 * at most `max` in all; `hidden` counts the seats left out.
 */
export function seatSlots(g: Pick<GroupView, 'size' | 'members' | 'status'>, max = 10): { slots: SeatSlot[]; hidden: number } {
  const finished = g.status === 'succeeded' || g.status === 'failed'
  const total = finished ? g.members.length : g.size
  const shown = Math.min(total, max)
  const slots: SeatSlot[] = g.members.slice(0, shown).map((member, i) => ({ key: `m${i}`, member }))
  for (let i = slots.length; i < shown; i += 1) slots.push({ key: `e${i}`, member: null })
  return { slots, hidden: total - shown }
}

export const GROUP_STATUS_LABEL: Record<GroupView['status'], string> = {
  pending: '待开团',
  open: '拼团中',
  succeeded: '已成团',
  failed: '未成团',
}
