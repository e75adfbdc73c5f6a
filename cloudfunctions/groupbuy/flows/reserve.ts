import { createHash } from 'crypto';
import type { Database } from '../../shared/runtime/cloud';
import type { DeliveryChoice } from '../../shared/api';
import type { DealDoc, OrderDelivery, OrderDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { getDoc, insertOnce } from '../../shared/runtime/documents';
import { newId } from '../../shared/runtime/ids';
import { holdStock, returnHold } from './stock-holds';
import { attributionOf, bindByCode, Attribution } from '../../distribution/flows/binding';
import { dealPhase } from '../../shared/domain/deal';
import { presaleTakesOrders } from '../../shared/domain/presale';
import { exceedsLimit, orderAmount } from '../../shared/domain/order';
import { nextSlot, unitsHeld } from '../../shared/domain/buyer-limit';
import { reservationEndsAt } from '../../shared/domain/group';
import { shippingFee } from '../../shared/domain/delivery';
import { dealDelivery, deliverySnapshot } from './checkout-delivery';
import { couponDiscountOf, lockCoupon, staleLock } from './coupons';
import type { CheckoutRead } from './checkout-read';

export interface ReservationRequest {
  dealId: string;
  openid: string;
  quantity: number;
  kind: 'group' | 'solo';
  groupId: string | null;
  arrivalCode: string | null;
  delivery: DeliveryChoice;
  /** One of the buyer's coupons, locked to the order once it is written. */
  couponId?: string;
  /** startGroup's order: it leads its (new) group. */
  leadsGroup?: boolean;
  now: Date;
}

/** What an order was checked against before anything is written. */
export interface CheckedOrder {
  deal: DealDoc;
  unitPriceFen: number;
  delivery: OrderDelivery;
  /** What the coupon takes off the goods (0 without one). */
  discountFen: number;
  /** The buyer's next order slot on the deal: the order's id derives from it (buyer-limit.ts). */
  slot: number;
}

/** The per-user counter documents of before order slots (still decremented by old orders' cancels and refunds). */
export const dealUserKey = (dealId: string, openid: string) => `${dealId}_${openid}`;

/**
 * The id of the buyer's order in `slot` of the deal: two checkouts that read the
 * same orders derive the same id, and only one of them can write it. Also
 * WeChat Pay's out_trade_no (32 characters); unguessable without the buyer's openid.
 */
export function slotOrderId(dealId: string, openid: string, slot: number): string {
  return createHash('sha256').update(`order:${dealId}:${openid}:${slot}`).digest('hex').slice(0, 32);
}

/**
 * Checks an order against what the checkout read (checkout-read.ts), writing
 * nothing: the deal open and priced for this kind, the per-user limit, the
 * delivery choice and the coupon.
 */
export function checkOrder(read: CheckoutRead, req: ReservationRequest): CheckedOrder {
  const { deal } = read;
  if (deal.status === 'draft') throw new AppError('NOT_FOUND');
  const phase = dealPhase(deal, req.now);
  if (phase !== 'on_sale' && phase !== 'sold_out') throw new AppError('DEAL_NOT_ACTIVE');
  if (!presaleTakesOrders(deal.presale, req.now)) throw new AppError('DEAL_NOT_ACTIVE', '预售已截止');
  const unitPriceFen = req.kind === 'solo' ? deal.soloPriceFen : deal.groupPriceFen;
  if (unitPriceFen === null) throw new AppError('INVALID_ARGUMENT', '这个商品只能拼团购买');
  if (exceedsLimit(unitsHeld(read.mine), req.quantity, deal.perUserLimit)) throw new AppError('LIMIT_EXCEEDED', `每人限购 ${deal.perUserLimit} 份`);
  const delivery = deliverySnapshot(deal, req.delivery, read.place, req.openid);
  const goodsFen = orderAmount(unitPriceFen, req.quantity);
  const discountFen = couponDiscountOf(read.coupon, req.couponId, req.openid, { dealId: deal._id, unitPriceFen, goodsFen }, req.now, staleLock(read.coupon, read.couponHolder));
  return { deal, unitPriceFen, delivery, discountFen, slot: nextSlot(read.mine) };
}

/** What a checkout adds around the order: joinGroup's seat, startGroup's group. */
export interface ReserveSteps {
  /** Before the stock is held (joinGroup takes its seat); throws to refuse. */
  claim?(order: OrderDoc): Promise<void>;
  /** After the stock is held, before the order is written (startGroup writes its pending group). */
  alsoWrite?(order: OrderDoc): Promise<void>;
  /** Undoes claim and alsoWrite when the order is not written after all. */
  undo?(order: OrderDoc): Promise<void>;
}

const ATTEMPTS = 8;

/**
 * Reserves stock and writes the unpaid order, with no transaction: the stock is
 * held with one conditional update on the deal (hot: never in a transaction), then
 * the order is inserted under its slot id (the per-user limit: see buyer-limit.ts).
 * A checkout that loses its slot to the same buyer's other checkout gives its hold
 * back and reads again. A coupon is then locked to the order with one conditional
 * update; a coupon taken meanwhile removes the order again (nobody has its id yet).
 * If the function dies after the hold, the release timer finds the hold without an
 * order and gives it back; once the order exists, the timer settles the hold.
 * `reread` reads the checkout again after a lost slot.
 */
export async function reserveOrder(
  db: Database,
  req: ReservationRequest,
  first: CheckoutRead,
  reread: () => Promise<CheckoutRead | null>,
  steps: ReserveSteps = {},
): Promise<{ deal: DealDoc; order: OrderDoc }> {
  let read = first;
  for (let attempt = 1; ; attempt++) {
    const checked = checkOrder(read, req);
    const order = newOrder(req, checked, await attribution(db, req, read));
    await steps.claim?.(order);
    // The token tells this hold apart from a rival checkout's of the same slot (same order id).
    const token = newId();
    const held = await holdStock(db, checked.deal, order._id, order.quantity, req.now, token);
    if (!held) {
      await steps.undo?.(order);
      throw await holdRefusal(db, req);
    }
    if (held.shard) order.stockShard = held.shard;
    let written = false;
    try {
      await steps.alsoWrite?.(order);
      written = await insertOnce(db, 'orders', order);
    } finally {
      if (!written) {
        await returnHold(db, order.dealId, order._id, order.quantity, held.shard, token);
        await steps.undo?.(order);
      }
    }
    if (!written) {
      // The same buyer's other checkout took this slot: read again and take the next (or hit the limit).
      if (attempt >= ATTEMPTS) throw new AppError('CONFLICT', '下单的人太多了，请重试');
      const again = await reread();
      if (!again) throw new AppError('NOT_FOUND');
      read = again;
      continue;
    }
    if (req.couponId && !(await lockCoupon(db, req.couponId, req.openid, order._id, req.now, staleLock(read.coupon, read.couponHolder)))) {
      await db.collection('orders').where({ _id: order._id, status: 'pending_payment' }).remove();
      await returnHold(db, order.dealId, order._id, order.quantity, held.shard, token);
      await steps.undo?.(order);
      throw new AppError('COUPON_UNAVAILABLE');
    }
    return { deal: checked.deal, order };
  }
}

/** Who earns on this order: the binding read with the checkout, or the one the arrival code makes now. */
async function attribution(db: Database, req: ReservationRequest, read: CheckoutRead): Promise<Attribution | null> {
  const known = attributionOf(read.binding, read.distributor, req.openid, req.now);
  const bound = read.binding && new Date(read.binding.expiresAt) > req.now;
  // A valid binding refuses any code (first binding wins): only a shopper without one is bound here.
  if (bound || !req.arrivalCode) return known;
  const outcome = await bindByCode(db, req.openid, req.arrivalCode, req.now, read.bindReads ?? undefined);
  return outcome.bound ? attributionOf(outcome.binding, outcome.distributor, req.openid, req.now) : null;
}

async function holdRefusal(db: Database, req: ReservationRequest): Promise<AppError> {
  const latest = await getDoc<DealDoc>(db, 'deals', req.dealId);
  return new AppError(latest && latest.status === 'active' && dealPhase(latest, req.now) !== 'ended' ? 'SOLD_OUT' : 'DEAL_NOT_ACTIVE');
}

function newOrder(req: ReservationRequest, checked: CheckedOrder, distributor: Attribution | null): OrderDoc {
  const { deal, unitPriceFen, delivery, discountFen, slot } = checked;
  const goodsFen = orderAmount(unitPriceFen, req.quantity);
  const shippingFeeFen = shippingFee(delivery.mode, goodsFen, dealDelivery(deal));
  return {
    _id: slotOrderId(deal._id, req.openid, slot),
    slot,
    openid: req.openid,
    dealId: deal._id,
    groupId: req.groupId,
    ...(req.leadsGroup ? { leadsGroup: { timeLimitMinutes: deal.timeLimitMinutes } } : {}),
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
