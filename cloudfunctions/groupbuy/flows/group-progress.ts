import type { Database } from '../../shared/runtime/cloud';
import type { GroupDoc, OrderDoc } from '../../shared/model';
import type { PaymentProvider } from '../../shared/providers/payment/port';
import { getDoc } from '../../shared/runtime/documents';
import { groupExpiresAt } from '../../shared/domain/group';
import { closeIfDue } from './group-close';
import { rewardEffectiveOrders } from './order-rewards';
import { heldByPresale } from './presale';
import { Budget, UNBOUNDED } from '../../shared/runtime/budget';

/**
 * What a paid order does to its group. Every step is a conditional update, so a
 * repeated notification (or a retry after a crash) only completes what is missing.
 * A seat given back for a refund (leftOrderIds) is never counted as paid again.
 * Run from the payment's outbox (paid-work.ts), not before payNotify answers.
 */
export async function afterPaid(db: Database, provider: PaymentProvider, order: OrderDoc, now: Date, budget: Budget = UNBOUNDED): Promise<void> {
  const _ = db.command;
  if (!order.groupId) {
    if (await heldByPresale(db, provider, order, now)) return; // a pre-sale's order waits for the campaign's close
    await db.collection('orders').where({ _id: order._id, status: 'paid' }).update({ status: 'effective', effectiveAt: now, updatedAt: now });
    await rewardEffectiveOrders(db, { _id: order._id }, now);
    return;
  }
  const counted = { paidOrderIds: _.push(order._id), paidCount: _.inc(1), heldOrderIds: _.pull(order._id) };
  const notYet = { paidOrderIds: _.neq(order._id), leftOrderIds: _.neq(order._id) };
  if (typeof order.leadsGroup?.timeLimitMinutes === 'number') {
    // The leader's payment opens the group (nobody else can hold a seat in it before): counted and opened in one update.
    const opened = await db
      .collection('groups')
      .where({ _id: order.groupId, status: 'pending', leaderOrderId: order._id, ...notYet })
      .updateAndReturn({ ...counted, status: 'open', openedAt: now, expiresAt: groupExpiresAt(now, order.leadsGroup.timeLimitMinutes) });
    if ((opened as { doc?: unknown }).doc) return;
  }
  // Counted once; the update answers with the group as it is then (a repeat, which changes nothing, reads it).
  const res = await db.collection('groups').where({ _id: order.groupId, ...notYet }).updateAndReturn(counted);
  const group = ((res as { doc?: GroupDoc | null }).doc ?? (await getDoc<GroupDoc>(db, 'groups', order.groupId))) as GroupDoc | null;
  if (!group) return;
  if (group.status === 'pending' && group.leaderOrderId === order._id) {
    // The leader's payment opens the group (nobody else can hold a seat in it before): one seat paid of at least two.
    await db
      .collection('groups')
      .where({ _id: group._id, status: 'pending' })
      .update({ status: 'open', openedAt: now, expiresAt: groupExpiresAt(now, group.timeLimitMinutes) });
    return;
  }
  await closeIfDue(db, provider, order.groupId, now, group, budget);
}
