import type { DealView, GroupView, OpenGroupView, OrderView } from '../shared/api';
import type { AfterSaleDoc, DealDoc, GroupDoc, OrderDoc, RefundDoc } from '../shared/model';
import { DEFAULT_DEAL_DELIVERY, FulfilmentConfig } from '../shared/domain/delivery';
import { orderDeliveryView } from './delivery-view';
import { joinRefusal } from '../shared/domain/group';
import { messageFor } from '../shared/errors';
import { nextStep } from './next-step';
import { dealPhase } from '../shared/domain/deal';
import { cancelledByTimeout, payOverdue, shownStatus } from '../shared/domain/order';

const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : '');

export function dealView(deal: DealDoc, now: Date): DealView {
  return {
    dealId: deal._id,
    productId: deal.productId,
    title: deal.title,
    subtitle: deal.subtitle,
    image: deal.image,
    images: deal.images,
    description: deal.description,
    groupPriceFen: deal.groupPriceFen,
    soloPriceFen: deal.soloPriceFen,
    groupSize: deal.groupSize,
    timeLimitMinutes: deal.timeLimitMinutes,
    perUserLimit: deal.perUserLimit,
    stockLeft: deal.stockLeft,
    soldCount: deal.stockSold,
    startAt: iso(deal.startAt),
    endAt: iso(deal.endAt),
    autoComplete: deal.autoComplete,
    commissionBps: deal.commissionBps,
    status: deal.status,
    phase: dealPhase(deal, now),
    tags: deal.tags,
    categoryId: deal.categoryId ?? null,
    delivery: { ...(deal.delivery ?? DEFAULT_DEAL_DELIVERY) },
    coCreation: deal.coCreation ? { ...deal.coCreation } : null,
    // Units paid: the stock moves count a paid order's units as sold (and take them back on refund).
    presale: deal.presale
      ? { endsAt: iso(deal.presale.endsAt), minQuantity: deal.presale.minQuantity, bookedQuantity: deal.stockSold, status: deal.presale.status }
      : null,
  };
}

/** Only real members are shown: the leader is the group's first (paid) member. */
export function openGroupView(group: GroupDoc): OpenGroupView {
  const leader = group.members.find((m) => m.openid === group.leaderOpenid) ?? group.members[0];
  return {
    groupId: group._id,
    leaderNickname: leader?.nickname ?? '',
    leaderAvatar: leader?.avatar ?? '',
    size: group.size,
    seatsTaken: group.seatsTaken,
    seatsLeft: Math.max(0, group.size - group.seatsTaken),
    expiresAt: iso(group.expiresAt),
  };
}

/** A group as its page shows it: real members only, by nickname and avatar. */
export function groupView(group: GroupDoc, deal: DealDoc, viewer: string, myOrder: OrderDoc | null, now: Date): GroupView {
  const dealOut = dealView(deal, now);
  const refusal = joinRefusal(group, viewer, now);
  const blocked = refusal
    ? messageFor(refusal)
    : dealOut.phase === 'on_sale'
      ? null
      : dealOut.phase === 'sold_out'
        ? messageFor('SOLD_OUT')
        : messageFor('DEAL_NOT_ACTIVE');
  return {
    groupId: group._id,
    dealId: group.dealId,
    deal: dealOut,
    // Only its leader sees a pending group: once their pay time is over, it will never open.
    status: group.status === 'pending' && myOrder && payOverdue(myOrder, now) ? 'failed' : group.status,
    size: group.size,
    seatsTaken: group.seatsTaken,
    paidCount: group.paidCount,
    seatsLeft: Math.max(0, group.size - group.seatsTaken),
    openedAt: iso(group.openedAt),
    expiresAt: iso(group.expiresAt),
    members: group.members.map((m) => ({
      nickname: m.nickname,
      avatar: m.avatar,
      isLeader: m.orderId === group.leaderOrderId,
      paid: group.paidOrderIds.includes(m.orderId),
    })),
    myOrder: myOrder ? { orderId: myOrder._id, status: shownStatus(myOrder, now), payBefore: iso(myOrder.reservedUntil), amountFen: myOrder.amountFen } : null,
    joinBlockedReason: blocked,
  };
}

/**
 * An order as its owner sees it: the only view with the delivery address or point.
 * An unpaid order past its pay time reads as cancelled (支付超时) before the release timer runs.
 */
export function orderView(
  stored: OrderDoc,
  group: GroupDoc | null,
  refund: RefundDoc | null,
  config: FulfilmentConfig,
  afterSale: AfterSaleDoc | null,
  now: Date,
): OrderView {
  const order: OrderDoc = { ...stored, status: shownStatus(stored, now) };
  const payExpired = cancelledByTimeout(stored, now);
  const delivery = orderDeliveryView(order, config, afterSale);
  const progress = group
    ? { status: group.status, size: group.size, paidCount: group.paidCount, seatsLeft: group.size - group.seatsTaken }
    : null;
  return {
    orderId: order._id,
    dealId: order.dealId,
    groupId: order.groupId,
    title: order.title,
    image: order.image,
    kind: order.kind,
    quantity: order.quantity,
    unitPriceFen: order.unitPriceFen,
    amountFen: order.amountFen,
    status: order.status,
    createdAt: iso(order.createdAt),
    payBefore: iso(order.reservedUntil),
    paidAt: iso(order.paidAt),
    groupStatus: group?.status ?? null,
    payExpired,
    nextStep: nextStep(order, progress, refund, delivery, payExpired),
    refund: refund ? { status: refund.status, amountFen: refund.amountFen } : null,
    goodsFen: order.goodsFen ?? order.amountFen,
    discountFen: order.discountFen ?? 0,
    delivery,
  };
}
