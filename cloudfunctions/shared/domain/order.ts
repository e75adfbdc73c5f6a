/** Order rules: amounts, limits, and what a payment notification may do. Pure. */
import type { Fen } from './money';

export type OrderStatus =
  | 'pending_payment'
  | 'paid'
  | 'effective'
  | 'completed'
  | 'cancelled'
  | 'refunding'
  | 'refunded';

export function orderAmount(unitPriceFen: Fen, quantity: number): Fen {
  return unitPriceFen * quantity;
}

/**
 * What the buyer paid for the goods: the goods less a coupon's discount (never the
 * shipping fee). Commission and order points are computed on this.
 */
export function paidGoodsFen(order: { goodsFen?: Fen; amountFen: Fen; discountFen?: Fen }): Fen {
  return (order.goodsFen ?? order.amountFen) - (order.discountFen ?? 0);
}

/** The per-user limit counts every unit the user holds in the deal (reserved or paid). */
export function exceedsLimit(held: number, quantity: number, perUserLimit: number): boolean {
  return held + quantity > perUserLimit;
}

export interface PayableOrder {
  status: OrderStatus;
  amountFen: Fen;
  openid: string;
  transactionId?: string | null;
}

export interface ArrivedPayment {
  amountFen: Fen;
  payerOpenid: string;
  transactionId: string;
}

export type PaymentDecision =
  | { kind: 'apply' }
  | { kind: 'already_applied' }
  | { kind: 'refund_late' }
  | { kind: 'reject'; reason: string };

/**
 * What an arriving payment does to its order: move it to paid; nothing when the
 * same payment was already applied (notifications repeat); a refund when the
 * reservation was released before the money came; never anything when the
 * amount or the payer does not match.
 */
export function decidePayment(order: PayableOrder, payment: ArrivedPayment): PaymentDecision {
  if (payment.amountFen !== order.amountFen) return { kind: 'reject', reason: 'amount mismatch' };
  if (payment.payerOpenid !== order.openid) return { kind: 'reject', reason: 'payer mismatch' };
  if (order.status === 'pending_payment') return { kind: 'apply' };
  if (order.transactionId === payment.transactionId) return { kind: 'already_applied' };
  if (order.status === 'cancelled') return { kind: 'refund_late' };
  return { kind: 'reject', reason: `a second payment for an order in ${order.status}` };
}

/**
 * Units of a deal are left (on sale), reserved (by unpaid orders), sold (paid),
 * or written off (shipped, then refunded without coming back). An order moves its
 * units once per change of state: paying sells them, a cancelled reservation
 * releases them, a refund puts sold units back on sale, or writes them off when
 * they were shipped and not returned.
 */
export type StockMove = 'sell' | 'release' | 'restock' | 'writeoff';

export type StockCounters = { stockLeft?: number; stockReserved?: number; stockSold?: number; stockWrittenOff?: number };

export function stockDelta(move: StockMove, quantity: number): StockCounters {
  if (move === 'sell') return { stockReserved: -quantity, stockSold: quantity };
  if (move === 'release') return { stockReserved: -quantity, stockLeft: quantity };
  if (move === 'writeoff') return { stockSold: -quantity, stockWrittenOff: quantity };
  return { stockSold: -quantity, stockLeft: quantity };
}

/**
 * What a refund does to the order's units: a paid order's units go back on sale,
 * unless they were shipped and the brand did not mark the return as received
 * (退货退款): then they are written off (gone, and no longer counted as sold).
 * An order paid after its reservation was released had its units released already.
 */
export function refundStockMove(order: { status: OrderStatus; shippedAt?: Date | null }, returnReceived = false): StockMove | null {
  if (order.status !== 'paid' && order.status !== 'effective' && order.status !== 'completed') return null;
  return order.shippedAt && !returnReceived ? 'writeoff' : 'restock';
}

/**
 * An unpaid order is over once its pay time has passed, even before the release
 * timer cancels it: from then on it can no longer be paid, and every view shows it
 * as cancelled (支付超时), so nobody is offered 去支付 for it.
 */
export function payOverdue(order: { status: OrderStatus; reservedUntil: Date }, now: Date): boolean {
  return order.status === 'pending_payment' && now.getTime() >= order.reservedUntil.getTime();
}

/** The status an order is shown with: an overdue unpaid order reads as cancelled. */
export function shownStatus(order: { status: OrderStatus; reservedUntil: Date }, now: Date): OrderStatus {
  return payOverdue(order, now) ? 'cancelled' : order.status;
}

/** Cancelled because nobody paid in time (the timer cancels at or after the pay time; the shopper's own cancel comes before it). */
export function cancelledByTimeout(order: { status: OrderStatus; reservedUntil: Date; cancelledAt?: Date | null }, now: Date): boolean {
  if (payOverdue(order, now)) return true;
  return order.status === 'cancelled' && Boolean(order.cancelledAt) && new Date(order.cancelledAt as Date) >= order.reservedUntil;
}

export const PAY_TIMEOUT_NOTE = '支付超时，订单已取消，未扣款';
