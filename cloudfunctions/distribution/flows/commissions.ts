import type { Database } from '../../shared/runtime/cloud';
import type { OrderDoc } from '../../shared/model';
import { getDoc, insertOnce, updatedCount } from '../../shared/runtime/documents';
import { inTransaction, txGet } from '../../shared/runtime/transaction';
import { commissionFen } from '../../shared/domain/distribution';
import { paidGoodsFen } from '../../shared/domain/order';
import { appendEntries, appendEntry, LedgerEntry } from '../../shared/ledger';
import { Budget, UNBOUNDED } from '../../shared/runtime/budget';

export type CommissionStatus = 'pending' | 'settled' | 'cancelled' | 'reversed';

export interface CommissionDoc {
  _id: string; // the order id: one commission per order, ever
  orderId: string;
  distributorOpenid: string;
  buyerOpenid: string;
  buyerNickname: string;
  title: string;
  paidFen: number;
  rateBps: number;
  amountFen: number;
  status: CommissionStatus;
  effectiveAt: Date;
  /** Due from then: the order's after-sale window ended. Null until the order completes. */
  unfreezeAt: Date | null;
  settledAt: Date | null;
  closedAt: Date | null;
}

/**
 * Writes the pending commission of an effective order (once: its id is the
 * order's). Nothing for orders without a distributor, the distributor's own
 * orders, or a zero amount. `buyer`: the buyer's profile when the caller read it (null: none);
 * `dueAt`: when it becomes due, for an order that completed before it was written.
 */
export async function recordCommission(db: Database, order: OrderDoc, now: Date, buyer?: { nickname?: string } | null, dueAt: Date | null = null): Promise<void> {
  const distributor = order.distributorOpenid;
  const goodsFen = paidGoodsFen(order); // the commission base: what was paid for the goods (after a coupon), never the shipping fee
  const amount = commissionFen(goodsFen, order.commissionBps);
  if (distributor && distributor !== order.openid && amount > 0) {
    const effectiveAt = order.effectiveAt ? new Date(order.effectiveAt) : now;
    const profile = buyer === undefined ? await getDoc<{ nickname?: string }>(db, 'users', order.openid) : buyer;
    const doc: CommissionDoc = {
      _id: order._id,
      orderId: order._id,
      distributorOpenid: distributor,
      buyerOpenid: order.openid,
      buyerNickname: profile?.nickname ?? '',
      title: order.title,
      paidFen: goodsFen,
      rateBps: order.commissionBps,
      amountFen: amount,
      status: 'pending',
      effectiveAt,
      unfreezeAt: dueAt, // set when the order completes (scheduleCommission), or here for an order completed already
      settledAt: null,
      closedAt: null,
    };
    await insertOnce(db, 'commissions', doc); // false when written before: nothing more to do
  }
}

/** The order completed: its pending commission becomes due when the after-sale window ends (`dueAt`), once. */
export async function scheduleCommission(db: Database, orderId: string, dueAt: Date): Promise<boolean> {
  const res = await db.collection('commissions').where({ _id: orderId, status: 'pending', unfreezeAt: null }).update({ unfreezeAt: dueAt });
  return updatedCount(res) === 1;
}

const BATCH = 50;
const PARALLEL_DISTRIBUTORS = 4;

/**
 * Settles due commissions of one distributor in one transaction: each moves to
 * settled with its own ledger entry, and the wallet moves once by their sum. A commission
 * no longer pending (cancelled by a refund meanwhile) is skipped; one whose order
 * is being refunded is cancelled instead.
 */
export async function settleBatch(db: Database, distributor: string, ids: string[], now: Date): Promise<number> {
  const _ = db.command;
  const orders = await db.collection('orders').where({ _id: _.in(ids) }).limit(ids.length).get();
  const refunded = new Set((orders.data as OrderDoc[]).filter((o) => o.status === 'refunding' || o.status === 'refunded').map((o) => o._id));
  // An open after-sale request may still refund the order: its commission waits (stays pending).
  const contested = new Set((orders.data as OrderDoc[]).filter((o) => o.afterSaleId).map((o) => o._id));
  return inTransaction(db, async (tx) => {
    const entries: Omit<LedgerEntry, '_id'>[] = [];
    for (const id of ids) {
      const c = await txGet<CommissionDoc>(tx, 'commissions', id);
      if (!c || c.status !== 'pending' || !c.unfreezeAt || new Date(c.unfreezeAt) > now || contested.has(c.orderId)) continue;
      if (refunded.has(c.orderId)) {
        await tx.collection('commissions').doc(id).update({ status: 'cancelled', closedAt: now });
        continue;
      }
      await tx.collection('commissions').doc(id).update({ status: 'settled', settledAt: now });
      entries.push({ account: distributor, type: 'commission', amountFen: c.amountFen, ref: c.orderId, createdAt: now });
    }
    await appendEntries(tx, entries, now);
    return entries.length;
  });
}

/**
 * An order is refunded: its commission is cancelled while frozen, or reversed by
 * an opposite ledger entry once settled (the balance may go negative; later
 * earnings net it out). Nothing is ever deleted.
 */
export async function undoCommission(db: Database, orderId: string, now: Date): Promise<void> {
  await inTransaction(db, async (tx) => {
    const c = await txGet<CommissionDoc>(tx, 'commissions', orderId);
    if (!c) return;
    if (c.status === 'pending') await tx.collection('commissions').doc(orderId).update({ status: 'cancelled', closedAt: now });
    if (c.status === 'settled') {
      await tx.collection('commissions').doc(orderId).update({ status: 'reversed', closedAt: now });
      await appendEntry(tx, { account: c.distributorOpenid, type: 'reversal', amountFen: -c.amountFen, ref: orderId, createdAt: now }, now);
    }
  });
}

/** The settlement timer's work: every commission due, in per-distributor batches. */
export async function settleDueCommissions(db: Database, now: Date, budget: Budget = UNBOUNDED): Promise<{ settled: number; more: number }> {
  const _ = db.command;
  let settled = 0;
  // Pages of due commissions until none is left or the run's budget ends (checked before each batch); the next run goes on.
  while (!budget.exhausted()) {
    const due = (await db.collection('commissions').where({ status: 'pending', unfreezeAt: _.lte(now) }).limit(1000).get()).data as CommissionDoc[];
    const batches = batchesByDistributor(due);
    let next = 0;
    const worker = async () => {
      while (next < batches.length && !budget.exhausted()) {
        const [distributor, ids] = batches[next++];
        const count = await settleBatch(db, distributor, ids, now); // read after the await: workers run at once
        settled += count;
      }
    };
    await Promise.all(Array.from({ length: PARALLEL_DISTRIBUTORS }, worker));
    if (next < batches.length) return { settled, more: batches.length - next };
    if (due.length < 1000) return { settled, more: 0 };
  }
  return { settled, more: 1 };
}

function batchesByDistributor(due: CommissionDoc[]): [string, string[]][] {
  const byDistributor = new Map<string, string[]>();
  for (const c of due) byDistributor.set(c.distributorOpenid, [...(byDistributor.get(c.distributorOpenid) ?? []), c._id]);
  const batches: [string, string[]][] = [];
  for (const [distributor, ids] of byDistributor) {
    for (let i = 0; i < ids.length; i += BATCH) batches.push([distributor, ids.slice(i, i + BATCH)]);
  }
  return batches;
}
