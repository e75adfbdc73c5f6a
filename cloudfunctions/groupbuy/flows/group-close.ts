import type { Database } from '../../shared/runtime/cloud';
import type { GroupDoc, OrderDoc } from '../../shared/model';
import type { PaymentProvider } from '../../shared/providers/payment/port';
import { getDoc, updatedCount } from '../../shared/runtime/documents';
import { closingOutcome, GroupOutcome, outcomeGuard } from '../../shared/domain/group';
import { noticeGroupOutcome } from './group-notices';
import { refundOrder } from './refund';
import { rewardEffectiveOrders } from './order-rewards';
import { freeSeatOf, releaseOrder } from './release';
import { Budget, UNBOUNDED } from '../../shared/runtime/budget';

/**
 * Closes an open group if its state calls for it (every seat paid; or its time is
 * up). The close is one conditional update that holds only while the paid count
 * still justifies the outcome; whoever loses reads the group again and decides
 * anew. Then the orders follow the group's real status, whoever closed it.
 * Returns that status. `justRead` saves the first read when the caller has one; the
 * members' notices are recorded, and sent while `budget` lasts (the outbox drain sends the rest).
 */
export async function closeIfDue(db: Database, provider: PaymentProvider, groupId: string, now: Date, justRead?: GroupDoc, budget: Budget = UNBOUNDED): Promise<GroupDoc['status'] | null> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const group = attempt === 0 && justRead ? justRead : await getDoc<GroupDoc>(db, 'groups', groupId);
    if (!group) return null;
    if (group.status !== 'open') {
      if (group.status === 'succeeded' || group.status === 'failed') await settleOrders(db, provider, group, now);
      return group.status;
    }
    const expired = !!group.expiresAt && new Date(group.expiresAt) <= now;
    const outcome = closingOutcome(group, expired);
    if (!outcome) return 'open';
    if (await closeTo(db, group, outcome, expired, now)) {
      const closed = { ...group, status: outcome };
      await settleOrders(db, provider, closed, now);
      await noticeGroupOutcome(db, groupId, outcome, now, budget);
      return outcome;
    }
  }
  return 'open'; // still contested: the next payment or timer run decides
}

async function closeTo(db: Database, group: GroupDoc, outcome: GroupOutcome, expired: boolean, now: Date): Promise<boolean> {
  const _ = db.command;
  const guard = outcomeGuard(outcome, group, expired);
  const paidCount = 'minPaid' in guard ? _.gte(guard.minPaid) : _.lte(guard.maxPaid);
  const when = expired ? { expiresAt: _.lte(now) } : {};
  const res = await db.collection('groups').where({ _id: group._id, status: 'open', paidCount, ...when }).update({ status: outcome, closedAt: now, noticesDue: true });
  return updatedCount(res) === 1;
}

/**
 * A closed group's orders follow its status: in a group that succeeded, the paid
 * members' orders become effective (to ship); every other paid order of the
 * group (all of them in a group that failed; one whose seat was given back for a
 * refund in one that succeeded) is refunded on its own; unpaid reservations are
 * released.
 * Idempotent: run by whoever closed the group, by repeats and by the timer.
 */
export async function settleOrders(db: Database, provider: PaymentProvider, group: GroupDoc, now: Date): Promise<void> {
  const _ = db.command;
  if (group.status === 'succeeded' && group.paidOrderIds.length) {
    const members = { _id: _.in(group.paidOrderIds) };
    await db.collection('orders').where({ ...members, status: 'paid' }).update({ status: 'effective', effectiveAt: now, updatedAt: now });
    await rewardEffectiveOrders(db, members, now);
  }
  const orders = (await db.collection('orders').where({ groupId: group._id }).limit(1000).get()).data as OrderDoc[];
  const reason = group.status === 'failed' ? '拼团未成功，自动退款' : '已退出拼团，自动退款';
  for (const order of orders) {
    // In a group that succeeded, a paid order outside paidOrderIds is one that gave its seat back for a
    // refund (or one whose payment is still being counted, which afterPaid will make effective).
    const refund = group.status === 'failed' || (group.leftOrderIds ?? []).includes(order._id);
    if (order.status === 'paid' && refund) await refundOrder(db, provider, order._id, reason, now);
    else if (order.status === 'pending_payment') await releaseOrder(db, order._id, now);
    else if (order.status === 'cancelled' && group.members.some((m) => m.orderId === order._id)) await freeSeatOf(db, group._id, order._id, now);
  }
}
