import type { OrderStatus } from './order';

/**
 * The per-user limit of a deal, read from the buyer's own orders on it (no separate
 * counter): every unit of an order still held (reserved or paid) counts.
 *
 * Each order of a buyer on a deal takes the next slot number, and its id is derived
 * from (deal, buyer, slot): two checkouts that read the same orders race for the
 * same id, so only one is written; the other reads again. Whoever writes slot n
 * has read every order of slots below it, so the limit holds under any concurrency
 * without a transaction or a counter document.
 */
export interface BuyerOrder {
  status: OrderStatus;
  quantity: number;
  /** Absent on orders made before slots (they still count toward the limit). */
  slot?: number;
}

const HOLDING: ReadonlySet<OrderStatus> = new Set<OrderStatus>(['pending_payment', 'paid', 'effective', 'completed']);

/** The units the buyer holds in the deal now. */
export function unitsHeld(orders: readonly BuyerOrder[]): number {
  return orders.reduce((n, o) => (HOLDING.has(o.status) ? n + o.quantity : n), 0);
}

/** The slot of the buyer's next order on the deal: one past the highest taken. */
export function nextSlot(orders: readonly BuyerOrder[]): number {
  return orders.reduce((next, o) => (typeof o.slot === 'number' && o.slot >= next ? o.slot + 1 : next), 0);
}
