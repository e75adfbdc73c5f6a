import type { Database } from '../../shared/runtime/cloud';
import type { OrderDoc } from '../../shared/model';
import type { PaymentProvider } from '../../shared/providers/payment/port';
import { Budget, budgetOf, eachWithin, UNBOUNDED } from '../../shared/runtime/budget';
import { paymentProvider } from '../../shared/providers/payment';
import { afterPaid } from './group-progress';
import { getDoc } from '../../shared/runtime/documents';

/**
 * The payment notification's outbox. payNotify answers WeChat Pay once the payment
 * is durable (the order marked paid with `paidWorkDue`, its stock moved, its coupon
 * used); what follows a payment (the group opens, fills or closes, rewards, the
 * members' notices) is this task, keyed by the order and cleared when done. It runs
 *  - right after, when the shopper's app reads its order or group after paying
 *    (groupbuy getOrder / getGroup finish the caller's own paid order first);
 *  - every minute from the drainOutbox job, and before expireGroups closes groups;
 * every step is idempotent (afterPaid), so two runners at once or a repeat after
 * a crash only complete what is missing.
 */

/** Finishes one paid order's task: the order as it is afterwards, or null when there was none. */
export async function finishPaidWork(db: Database, provider: PaymentProvider, order: OrderDoc, now: Date, budget: Budget = UNBOUNDED): Promise<OrderDoc | null> {
  if (!order.paidWorkDue) return null;
  // An order refunded or cancelled meanwhile has nothing left to move on.
  if (order.status === 'paid' || order.status === 'effective') await afterPaid(db, provider, order, now, budget);
  // The update answers with the order as it now is (another runner that cleared the task first: read it).
  const res = await db.collection('orders').where({ _id: order._id, paidWorkDue: true }).updateAndReturn({ paidWorkDue: db.command.remove() });
  return ((res as { doc?: OrderDoc | null }).doc ?? (await getDoc<OrderDoc>(db, 'orders', order._id)) ?? order) as OrderDoc;
}

/** The slice of a shopper's call (the groupbuy function times out after 10 s) spent finishing their paid order. */
export const SHOPPER_DRAIN_MS = 4_000;

/**
 * The shopper's app reads its order (or group) right after paying: the caller's own
 * order is finished first, so the page shows the group as it now is. Returns the
 * order as it is afterwards (null when nothing was due: the caller's read stands).
 */
export async function finishOwnPaidOrder(db: Database, order: OrderDoc | null, now: Date): Promise<OrderDoc | null> {
  if (!order?.paidWorkDue) return null;
  return finishPaidWork(db, paymentProvider(), order, now, budgetOf(SHOPPER_DRAIN_MS));
}

const BATCH = 50;

/** The drain's part: every paid order whose task is still due, oldest payment first, while the budget lasts. */
export async function drainPaidOrders(db: Database, provider: PaymentProvider, now: Date, budget: Budget = UNBOUNDED): Promise<{ paidFinished: number; more: number }> {
  const due = (await db.collection('orders').where({ paidWorkDue: true }).orderBy('paidAt', 'asc').limit(BATCH).get()).data as OrderDoc[];
  let paidFinished = 0;
  const more = await eachWithin(due, budget, async (order) => {
    if (await finishPaidWork(db, provider, order, now, budget)) paidFinished++;
  });
  return { paidFinished, more: more || (due.length === BATCH ? 1 : 0) };
}
