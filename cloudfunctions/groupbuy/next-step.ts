import type { GroupStatus, OrderDeliveryView } from '../shared/api';
import type { OrderDoc, RefundDoc } from '../shared/model';
import { shanghaiParts } from '../shared/domain/calendar';
import { PAY_TIMEOUT_NOTE } from '../shared/domain/order';

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
export function nextStep(order: OrderDoc, group: GroupProgress | null, refund: RefundDoc | null, delivery: OrderDeliveryView, payExpired = false): string {
  if (delivery.stage === 'after_sale') return '售后处理中：品牌审核后会通知你结果';
  if (order.status === 'effective' || order.status === 'completed') return fulfilmentStep(delivery, group !== null);
  switch (order.status) {
    case 'pending_payment':
      return `请在 ${clock(new Date(order.reservedUntil))} 前完成支付，超时自动取消`;
    case 'paid':
      if (!group) return '支付成功，等待商家确认';
      if (group.status === 'pending') return '支付成功，拼团即将开启';
      return `等待成团：还差 ${Math.max(1, group.size - group.paidCount)} 人，邀请好友一起拼`;
    case 'cancelled':
      return payExpired ? PAY_TIMEOUT_NOTE : '订单已取消，未扣款';
    case 'refunding':
      if (refund?.status === 'abnormal') return '退款异常，客服将联系您';
      return refund?.status === 'failed' ? '退款重试中，款项将原路退回' : '退款处理中，款项将原路退回';
    case 'refunded':
      return refund?.status === 'resolved' ? '已退款，客服已与你确认退款方式' : '已退款，款项原路退回';
    default:
      return '';
  }
}

const day = (iso: string) => {
  const p = shanghaiParts(new Date(iso));
  return `${p.month} 月 ${p.day} 日`;
};

/** After payment and the group: where the goods are (待发货 / 待到货 / 已发货 / 待自提 / 已完成). */
function fulfilmentStep(d: OrderDeliveryView, grouped: boolean): string {
  const done = grouped ? '拼团成功' : '支付成功';
  switch (d.stage) {
    case 'to_ship':
      return `待发货：${done}，商家将在 48 小时内发货`;
    case 'to_arrive':
      return `待到货：${done}，货品送达自提点后会通知你取货`;
    case 'shipped': {
      const auto = d.autoReceiveAt ? `，${day(d.autoReceiveAt)}自动确认收货` : '';
      return `已发货：收到后请确认收货${auto}`;
    }
    case 'at_point':
      return `待自提：凭取货码到 ${d.point?.name ?? '自提点'} 自提${d.point?.hours ? `（${d.point.hours}）` : ''}`;
    default: {
      if (d.afterSale?.status === 'rejected') return `售后未通过：${d.afterSale.note || '详见售后说明'}`;
      return '已完成，期待你的晒单';
    }
  }
}
