import type { GroupStatus } from '../shared/api';
import type { OrderDoc, RefundDoc } from '../shared/model';
import { shanghaiParts } from '../shared/domain/calendar';

const pad2 = (n: number) => String(n).padStart(2, '0');
const clock = (d: Date) => {
  const p = shanghaiParts(d);
  return `${pad2(p.hour)}:${pad2(p.minute)}`;
};

export interface GroupProgress {
  status: GroupStatus;
  seatsLeft: number;
  paidCount: number;
  size: number;
}

/** What happens next with an order, as the shopper reads it on 我的订单. */
export function nextStep(order: OrderDoc, group: GroupProgress | null, refund: RefundDoc | null): string {
  switch (order.status) {
    case 'pending_payment':
      return `请在 ${clock(new Date(order.reservedUntil))} 前完成支付，超时自动取消`;
    case 'paid':
      if (!group) return '支付成功，等待商家确认';
      if (group.status === 'pending') return '支付成功，拼团即将开启';
      return `等待成团：还差 ${Math.max(1, group.size - group.paidCount)} 人，邀请好友一起拼`;
    case 'effective':
      return group ? '拼团成功，商家将在 48 小时内发货' : '支付成功，商家将在 48 小时内发货';
    case 'completed':
      return '已完成，期待你的晒单';
    case 'cancelled':
      return '订单已取消，未扣款';
    case 'refunding':
      return refund?.status === 'failed' ? '退款重试中，款项将原路退回' : '退款处理中，款项将原路退回';
    case 'refunded':
      return '已退款，款项原路退回';
    default:
      return '';
  }
}
