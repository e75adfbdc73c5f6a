import type { Database } from '../../shared/runtime/cloud';
import type { DealDoc, OrderDoc } from '../../shared/model';
import type { PaymentProvider } from '../../shared/providers/payment/port';
import { getDoc, updatedCount } from '../../shared/runtime/documents';
import { paidOrderFate, presaleDue, presaleOutcome } from '../../shared/domain/presale';
import { rewardEffectiveOrders } from './order-rewards';
import { refundOrder } from './refund';
import { Budget, eachWithin, UNBOUNDED } from '../../shared/runtime/budget';
import { withStockTotals } from './stock-shards';

const FAILED_REASON = '预售未达到目标数量，自动退款';
const BATCH = 100;
/** Closed campaigns are settled again for this long, so a run that died halfway is finished. */
const RESETTLE_MS = 2 * 86_400_000;

/**
 * A paid solo order of a pre-sale deal (先有订单，再有生产): while the campaign is
 * open it stays paid; after a failure it is refunded. True when it must not become
 * effective now. The order was marked paid before the deal is read here, so a
 * close that comes after this read finds it among the paid orders it settles.
 */
export async function heldByPresale(db: Database, provider: PaymentProvider, order: OrderDoc, now: Date): Promise<boolean> {
  if (!order.presale) return false; // an ordinary order: no deal read on the payment path
  const deal = await getDoc<DealDoc>(db, 'deals', order.dealId);
  const fate = paidOrderFate(deal?.presale);
  if (fate === 'refund') await refundOrder(db, provider, order._id, FAILED_REASON, now);
  return fate !== 'effective';
}

/**
 * Closes a campaign whose deadline passed with ONE conditional update
 * (`presale.status: 'open'` → outcome), which holds only while the sold count it
 * was decided from is unchanged; whoever loses reads again. Then the paid orders
 * follow the deal's real outcome, whoever closed it. Idempotent; safe twice at once.
 */
export async function closePresale(db: Database, provider: PaymentProvider, dealId: string, now: Date): Promise<DealDoc['presale'] | null> {
  const _ = db.command;
  for (let attempt = 0; attempt < 5; attempt++) {
    const deal = await getDoc<DealDoc>(db, 'deals', dealId);
    if (!deal?.presale) return null;
    if (!presaleDue(deal.presale, now)) {
      if (deal.presale.status !== 'open') await settlePresaleOrders(db, provider, deal, now);
      return deal.presale;
    }
    // A sharded deal's sold count is the sum over its shards; the condition below watches the deal's own share.
    const [total] = await withStockTotals(db, [deal]);
    const outcome = presaleOutcome(total.stockSold, deal.presale.minQuantity);
    const res = await db
      .collection('deals')
      .where({ _id: dealId, 'presale.status': 'open', 'presale.endsAt': _.lte(now), stockSold: deal.stockSold })
      .update({ 'presale.status': outcome, updatedAt: now });
    if (updatedCount(res) === 1) {
      const closed = { ...deal, presale: { ...deal.presale, status: outcome } };
      await settlePresaleOrders(db, provider, closed, now);
      return closed.presale;
    }
  }
  return (await getDoc<DealDoc>(db, 'deals', dealId))?.presale ?? null; // still contested: the next run decides
}

/**
 * The paid orders of a closed campaign: after a success the solo ones become
 * effective (earning commission and points as any effective order; group orders
 * follow their group); after a failure every paid order is refunded on its own,
 * once (its refund id is keyed by the order).
 */
export async function settlePresaleOrders(db: Database, provider: PaymentProvider, deal: DealDoc, now: Date): Promise<void> {
  const _ = db.command;
  const status = deal.presale?.status;
  if (status !== 'succeeded' && status !== 'failed') return;
  for (let after = ''; ; ) {
    const page = (await db.collection('orders').where({ dealId: deal._id, status: 'paid', _id: _.gt(after) }).orderBy('_id', 'asc').limit(BATCH).get()).data as OrderDoc[];
    if (status === 'succeeded') {
      const solo = page.filter((o) => !o.groupId).map((o) => o._id);
      if (solo.length) await db.collection('orders').where({ _id: _.in(solo), status: 'paid' }).update({ status: 'effective', effectiveAt: now, updatedAt: now });
    } else {
      for (const order of page) await refundOrder(db, provider, order._id, FAILED_REASON, now);
    }
    if (page.length < BATCH) break;
    after = page[page.length - 1]._id;
  }
  if (status === 'succeeded') while ((await rewardEffectiveOrders(db, { dealId: deal._id }, now)) > 0);
}

/**
 * The timer's part: closes every campaign whose deadline passed, and settles again
 * the ones closed lately (finishing a run that died halfway). Idempotent.
 */
export async function closeDuePresales(db: Database, provider: PaymentProvider, now: Date, budget: Budget = UNBOUNDED): Promise<{ presalesClosed: number; presalesSettled: number; more: number }> {
  const _ = db.command;
  const due = (await db.collection('deals').where({ 'presale.status': 'open', 'presale.endsAt': _.lte(now) }).limit(BATCH).field({ _id: true }).get()).data as Pick<DealDoc, '_id'>[];
  const closing = await eachWithin(due, budget, (deal) => closePresale(db, provider, deal._id, now));
  const recent = (await db
    .collection('deals')
    .where({ 'presale.status': _.in(['succeeded', 'failed']), 'presale.endsAt': _.gte(new Date(now.getTime() - RESETTLE_MS)) })
    .limit(BATCH)
    .get()).data as DealDoc[];
  const settling = await eachWithin(recent, budget, (deal) => settlePresaleOrders(db, provider, deal, now));
  return { presalesClosed: due.length - closing, presalesSettled: recent.length - settling, more: closing + settling };
}
