import type { AdminPickupPointView, AfterSaleView, PickupCodeView, PickupOrderView } from '../shared/api';
import type { AfterSaleDoc, OrderDoc, PickupPointDoc, UserDoc, VerifyCodeDoc } from '../shared/model';
import { phoneTail } from '../shared/domain/delivery';

const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : '');

/** An after-sale request as its shopper and the brand see it. */
export function afterSaleView(a: AfterSaleDoc): AfterSaleView {
  return {
    afterSaleId: a._id,
    orderId: a.orderId,
    kind: a.kind,
    reason: a.reason,
    images: a.images,
    status: a.status,
    note: a.note,
    createdAt: iso(a.createdAt),
    reviewedAt: iso(a.reviewedAt),
  };
}

/** A pickup point as the brand and its staff see it (staff by nickname). */
export function adminPointView(p: PickupPointDoc, nicknames: Map<string, string>, waiting: number): AdminPickupPointView {
  return {
    pointId: p._id,
    name: p.name,
    address: p.address,
    hours: p.hours,
    contactName: p.contactName,
    contactPhone: p.contactPhone,
    kind: p.kind,
    suggested: false,
    ownerOpenid: p.ownerOpenid,
    staff: p.staff.map((openid) => ({ openid, nickname: nicknames.get(openid) ?? '' })),
    active: p.active,
    waiting,
  };
}

/** What point staff see of an order behind a code: never the full phone or address. */
export function pickupOrderView(order: OrderDoc, code: VerifyCodeDoc, buyer: UserDoc | null, buyerPhone: string): PickupOrderView {
  const point = order.delivery?.mode === 'pickup' ? order.delivery.point : null;
  return {
    orderId: order._id,
    title: order.title,
    image: order.image,
    quantity: order.quantity,
    buyerNickname: buyer?.nickname ?? '',
    phoneTail: buyerPhone ? phoneTail(buyerPhone) : '',
    pointName: point?.name ?? '',
    status: code.status,
  };
}

export function pickupCodeView(code: VerifyCodeDoc, pointName: string): PickupCodeView {
  return { token: code._id, code: code.short, pointName, status: code.status };
}
