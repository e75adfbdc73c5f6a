import type { Database } from '../../shared/runtime/cloud';
import type { OrderDoc } from '../../shared/model';
import { updatedCount } from '../../shared/runtime/documents';
import { scheduleCommission } from '../../distribution/flows/commissions';
import { afterSaleUntil } from '../../shared/domain/delivery';
import { fulfilmentConfig } from './config';
import { Budget, eachWithin, UNBOUNDED } from '../../shared/runtime/budget';
import type { CompletionFacts } from '../../shared/domain/completion';

const BATCH = 100;
const DAY_MS = 86_400_000;

/**
 * effective → completed (received: 确认收货, auto-receipt, or verified at the point),
 * by one conditional update, so of concurrent callers one completes it. The
 * commission becomes due when the after-sale window after completion ends. The
 * buyer's partner vouchers (perks of the deal) are the order's outbox task: the same
 * update marks it `perksDue`, and the drainOutbox job issues them within the minute
 * (issueDueVouchers; the partner timer finishes any a dead drain left).
 * `known`: what the caller read with the order (completionFacts); without it the
 * settings are read and every follow-up is tried.
 */
export async function completeOrder(db: Database, orderId: string, now: Date, also: Record<string, unknown> = {}, known?: CompletionFacts): Promise<boolean> {
  const res = await db
    .collection('orders')
    .where({ _id: orderId, status: 'effective', ...also })
    .update({ status: 'completed', completedAt: now, updatedAt: now, ...(known?.perksEarned === false ? {} : { perksDue: true }) });
  if (updatedCount(res) !== 1) return false;
  const facts = known ?? { afterSaleDays: (await fulfilmentConfig(db)).afterSaleDays, commissionPending: true, perksEarned: true };
  if (facts.commissionPending) await scheduleCommission(db, orderId, afterSaleUntil(now, facts.afterSaleDays));
  return true;
}

/** The timer's part: express orders shipped autoReceiveDays ago and not received complete by themselves. */
export async function autoReceive(db: Database, now: Date, budget: Budget = UNBOUNDED): Promise<{ received: number; more: number }> {
  const _ = db.command;
  const { autoReceiveDays } = await fulfilmentConfig(db);
  const cutoff = new Date(now.getTime() - autoReceiveDays * DAY_MS);
  const due = await db
    .collection('orders')
    .where({ status: 'effective', shippedAt: _.lte(cutoff), 'delivery.mode': _.neq('pickup') })
    .limit(BATCH)
    .get();
  let received = 0;
  const more = await eachWithin(due.data as OrderDoc[], budget, async (order) => {
    if (await completeOrder(db, order._id, now, { shippedAt: _.lte(cutoff) })) received++;
  });
  return { received, more };
}
