import type { Database } from '../../shared/runtime/cloud';
import type { DeliveryChoice } from '../../shared/api';
import type { DealDoc, DealUserDoc, OrderDelivery, OrderDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { inTransaction, Tx, txGet } from '../../shared/runtime/transaction';
import { getDoc } from '../../shared/runtime/documents';
import { holdStock, returnHold, settleHold } from './stock-holds';
import { attributedDistributor, bindByCode } from '../../distribution/flows/binding';
import { dealPhase } from '../../shared/domain/deal';
import { presaleTakesOrders } from '../../shared/domain/presale';
import { exceedsLimit, orderAmount } from '../../shared/domain/order';
import { reservationEndsAt } from '../../shared/domain/group';
import { shippingFee } from '../../shared/domain/delivery';
import { dealDelivery, deliverySnapshot, readPlace } from './checkout-delivery';
import { checkCoupon, lockCouponInTx } from './coupons';

export interface ReservationRequest {
  orderId: string;
  dealId: string;
  openid: string;
  quantity: number;
  kind: 'group' | 'solo';
  groupId: string | null;
  arrivalCode: string | null;
  delivery: DeliveryChoice;
  /** One of the buyer's coupons, locked to the order in the buyer's transaction. */
  couponId?: string;
  now: Date;
}

/** What an order was checked against before anything is written. */
export interface CheckedOrder {
  deal: DealDoc;
  unitPriceFen: number;
  delivery: OrderDelivery;
  /** What the coupon takes off the goods (0 without one). */
  discountFen: number;
}

export const dealUserKey = (dealId: string, openid: string) => `${dealId}_${openid}`;

/**
 * Reads and checks everything an order needs, writing nothing: the deal (open,
 * priced for this kind, within the per-user limit) and the delivery choice, whose
 * address or point is read beside the deal in one round trip.
 */
export async function checkOrder(db: Database, req: ReservationRequest): Promise<CheckedOrder> {
  const [deal, place] = await Promise.all([getDoc<DealDoc>(db, 'deals', req.dealId), readPlace(db, req.delivery)]);
  if (!deal || deal.status === 'draft') throw new AppError('NOT_FOUND');
  const phase = dealPhase(deal, req.now);
  if (phase !== 'on_sale' && phase !== 'sold_out') throw new AppError('DEAL_NOT_ACTIVE');
  if (!presaleTakesOrders(deal.presale, req.now)) throw new AppError('DEAL_NOT_ACTIVE', '预售已截止');
  const unitPriceFen = req.kind === 'solo' ? deal.soloPriceFen : deal.groupPriceFen;
  if (unitPriceFen === null) throw new AppError('INVALID_ARGUMENT', '这个商品只能拼团购买');
  if (exceedsLimit(0, req.quantity, deal.perUserLimit)) throw overLimit(deal);
  const delivery = deliverySnapshot(deal, req.delivery, place, req.openid);
  const goodsFen = orderAmount(unitPriceFen, req.quantity);
  const discountFen = await checkCoupon(db, req.couponId, req.openid, { dealId: deal._id, unitPriceFen, goodsFen }, req.now);
  return { deal, unitPriceFen, delivery, discountFen };
}

const overLimit = (deal: DealDoc) => new AppError('LIMIT_EXCEEDED', `每人限购 ${deal.perUserLimit} 份`);

/**
 * Reserves stock and writes the unpaid order. The stock is held with one
 * conditional update on the deal (no transaction on that hot document, so a rush
 * of buyers never collides); the per-user limit and the order are the buyer's own
 * documents, written in one transaction (with the coupon, locked to the order). If that fails, the hold is given back;
 * if the function dies in between, the release timer finds the hold and undoes it.
 * `alsoWrite` adds writes to the buyer's transaction (the new group); `checked`
 * is checkOrder's answer when the caller already had it (joinGroup, before its seat).
 */
export async function reserveOrder(
  db: Database,
  req: ReservationRequest,
  alsoWrite?: (tx: Tx, deal: DealDoc, order: OrderDoc) => Promise<void>,
  checked?: CheckedOrder,
): Promise<{ deal: DealDoc; order: OrderDoc }> {
  const _ = db.command;
  const { deal, unitPriceFen, delivery, discountFen } = checked ?? (await checkOrder(db, req));
  if (req.arrivalCode) await bindByCode(db, req.openid, req.arrivalCode, req.now);
  const distributor = await attributedDistributor(db, req.openid, req.now);

  if (!(await holdStock(db, deal._id, req.orderId, req.quantity, req.now))) {
    const latest = await getDoc<DealDoc>(db, 'deals', req.dealId);
    throw new AppError(latest && latest.status === 'active' && dealPhase(latest, req.now) !== 'ended' ? 'SOLD_OUT' : 'DEAL_NOT_ACTIVE');
  }
  const order = newOrder(req, deal, unitPriceFen, delivery, distributor, discountFen);
  try {
    await inTransaction(db, async (tx) => {
      const key = dealUserKey(req.dealId, req.openid);
      const held = await txGet<DealUserDoc>(tx, 'dealUsers', key);
      if (exceedsLimit(held?.quantity ?? 0, req.quantity, deal.perUserLimit)) throw overLimit(deal);
      if (held) await tx.collection('dealUsers').doc(key).update({ quantity: _.inc(req.quantity) });
      else await tx.collection('dealUsers').add({ _id: key, dealId: req.dealId, openid: req.openid, quantity: req.quantity });
      if (req.couponId) await lockCouponInTx(tx, req.couponId, req.openid, order._id, req.now);
      await tx.collection('orders').add(order);
      if (alsoWrite) await alsoWrite(tx, deal, order);
    });
  } catch (err) {
    await returnHold(db, deal._id, req.orderId, req.quantity);
    throw err;
  }
  await settleHold(db, deal._id, req.orderId);
  return { deal, order };
}

function newOrder(
  req: ReservationRequest,
  deal: DealDoc,
  unitPriceFen: number,
  delivery: OrderDelivery,
  distributor: { openid: string; code: string } | null,
  discountFen: number,
): OrderDoc {
  const goodsFen = orderAmount(unitPriceFen, req.quantity);
  const shippingFeeFen = shippingFee(delivery.mode, goodsFen, dealDelivery(deal));
  return {
    _id: req.orderId,
    openid: req.openid,
    dealId: deal._id,
    groupId: req.groupId,
    kind: req.kind,
    title: deal.title,
    image: deal.image,
    quantity: req.quantity,
    unitPriceFen,
    goodsFen,
    shippingFeeFen,
    // The free-shipping threshold reads the goods before the coupon; the coupon leaves at least 1 fen of goods to pay.
    amountFen: goodsFen - discountFen + shippingFeeFen,
    couponId: req.couponId ?? null,
    discountFen,
    delivery,
    commissionBps: deal.commissionBps,
    arrivalCode: req.arrivalCode,
    distributorOpenid: distributor?.openid ?? null,
    distributorCode: distributor?.code ?? null,
    status: 'pending_payment',
    reservedUntil: reservationEndsAt(req.now),
    transactionId: null,
    createdAt: req.now,
    updatedAt: req.now,
    paidAt: null,
    effectiveAt: null,
    cancelledAt: null,
    refundId: null,
    // Taken during a pre-sale: its payment waits for the campaign (read on payment only for these orders).
    ...(deal.presale?.status === 'open' ? { presale: true } : {}),
    shippedAt: null,
    shipping: null,
    arrivedAt: null,
    pickupCodeId: null,
    completedAt: null,
    afterSaleId: null,
  };
}
