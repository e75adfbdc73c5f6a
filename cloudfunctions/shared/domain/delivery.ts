/**
 * Fulfilment rules: how an order reaches the shopper (快递到家 or 团长自提), what
 * it costs to ship, where it stands, and when receipt and after-sale end. Pure.
 */
import type { Fen } from './money';
import type { OrderStatus } from './order';

export type DeliveryMode = 'express' | 'pickup';

export interface DealDelivery {
  express: boolean;
  pickup: boolean;
  /** Express only; 0 is free shipping. */
  shippingFeeFen: Fen;
  /** Express is free when the goods cost at least this much; null: never free. */
  freeFromFen: Fen | null;
}

/** Deals made before fulfilment existed: both modes, free shipping. */
export const DEFAULT_DEAL_DELIVERY: DealDelivery = { express: true, pickup: true, shippingFeeFen: 0, freeFromFen: null };

/** The shipping fee of an order: express only, waived from `freeFromFen` of goods. */
export function shippingFee(mode: DeliveryMode, goodsFen: Fen, delivery: DealDelivery): Fen {
  if (mode !== 'express') return 0;
  if (delivery.freeFromFen !== null && goodsFen >= delivery.freeFromFen) return 0;
  return delivery.shippingFeeFen;
}

/** Whether the deal offers this mode. */
export function offersMode(delivery: DealDelivery, mode: DeliveryMode): boolean {
  return mode === 'express' ? delivery.express : delivery.pickup;
}

/** A mainland China mobile number: 11 digits, 1 then 3–9. */
export function isMainlandMobile(phone: string): boolean {
  return /^1[3-9]\d{9}$/.test(phone);
}

/** The last four digits, what point staff check against the person collecting. */
export function phoneTail(phone: string): string {
  return phone.slice(-4);
}

/**
 * Where an order stands for its shopper, in the order the shopper lives it:
 * 待付款 → 拼团中 → 待发货 / 待到货 → 已发货 / 待自提 → 已完成 → 售后中 / 已退款.
 */
export type FulfilmentStage =
  | 'unpaid'
  | 'grouping'
  | 'to_ship'
  | 'to_arrive'
  | 'shipped'
  | 'at_point'
  | 'completed'
  | 'after_sale'
  | 'refunding'
  | 'refunded'
  | 'cancelled';

export interface StagedOrder {
  status: OrderStatus;
  mode: DeliveryMode;
  shippedAt: Date | null;
  arrivedAt: Date | null;
  afterSaleOpen: boolean;
}

export function fulfilmentStage(o: StagedOrder): FulfilmentStage {
  if (o.status === 'pending_payment') return 'unpaid';
  if (o.status === 'cancelled') return 'cancelled';
  if (o.status === 'refunding') return 'refunding';
  if (o.status === 'refunded') return 'refunded';
  if (o.afterSaleOpen) return 'after_sale';
  if (o.status === 'paid') return 'grouping';
  if (o.status === 'completed') return 'completed';
  if (o.mode === 'express') return o.shippedAt ? 'shipped' : 'to_ship';
  return o.arrivedAt ? 'at_point' : 'to_arrive';
}

export const STAGE_LABELS: Record<FulfilmentStage, string> = {
  unpaid: '待付款',
  grouping: '拼团中',
  to_ship: '待发货',
  to_arrive: '待到货',
  shipped: '已发货',
  at_point: '待自提',
  completed: '已完成',
  after_sale: '售后中',
  refunding: '退款中',
  refunded: '已退款',
  cancelled: '已取消',
};

const DAY_MS = 86_400_000;

/** A shipped express order completes by itself this many days after shipping, unless received before. */
export function autoReceiveAt(shippedAt: Date, days: number): Date {
  return new Date(shippedAt.getTime() + days * DAY_MS);
}

/** After-sale requests are accepted until this long after completion. */
export function afterSaleUntil(completedAt: Date, days: number): Date {
  return new Date(completedAt.getTime() + days * DAY_MS);
}

/** Whether an after-sale request may be made now. */
export function mayRequestAfterSale(o: { status: OrderStatus; completedAt: Date | null; afterSaleOpen: boolean }, windowDays: number, now: Date): boolean {
  if (o.afterSaleOpen || o.status !== 'completed' || !o.completedAt) return false;
  return now < afterSaleUntil(o.completedAt, windowDays);
}

export type AfterSaleKind = 'refund_only' | 'return_refund';
export type AfterSaleStatus = 'open' | 'approved' | 'rejected';

/** Wrong pickup codes a caller may try in an hour before being refused for the rest of it. */
export const MAX_WRONG_CODES_PER_HOUR = 10;

export interface FulfilmentConfig {
  /** A shipped order completes by itself this many days after shipping. */
  autoReceiveDays: number;
  /** After-sale requests are accepted this long after completion; commissions unfreeze when it ends. */
  afterSaleDays: number;
}

export const DEFAULT_FULFILMENT_CONFIG: FulfilmentConfig = { autoReceiveDays: 10, afterSaleDays: 7 };
