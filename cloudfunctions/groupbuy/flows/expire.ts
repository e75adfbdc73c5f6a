import type { Database } from '../../shared/runtime/cloud';
import type { GroupDoc, OrderDoc } from '../../shared/model';
import type { PaymentProvider } from '../../shared/providers/payment/port';
import { getDoc, updatedCount } from '../../shared/runtime/documents';
import { noticeGroupOutcome } from './group-notices';
import { expiryOutcome } from '../../shared/domain/group';
import { succeedGroup } from './group-progress';
import { refundOrder } from './refund';
import { freeSeatOf, releaseOrder } from './release';

const BATCH = 100;

/**
 * Closes open groups whose time is up: with 成团保障 they succeed as they are,
 * otherwise they fail and every paid member is refunded on their own. Unpaid
 * seats are released either way. Idempotent; safe to run twice at once.
 */
export async function expireGroups(db: Database, provider: PaymentProvider, now: Date): Promise<{ groups: number }> {
  const _ = db.command;
  const due = await db
    .collection('groups')
    .where({ status: 'open', expiresAt: _.lte(now) })
    .orderBy('expiresAt', 'asc')
    .limit(BATCH)
    .get();
  for (const group of due.data as GroupDoc[]) await closeGroup(db, provider, group, now);
  return { groups: due.data.length };
}

async function closeGroup(db: Database, provider: PaymentProvider, group: GroupDoc, now: Date): Promise<void> {
  const outcome = expiryOutcome(group.autoComplete, group.paidCount);
  for (const member of group.members) {
    if (!group.paidOrderIds.includes(member.orderId)) await releaseOrder(db, member.orderId, now);
  }
  if (outcome === 'succeeded') {
    await succeedGroup(db, group._id, now);
    return;
  }
  const won = updatedCount(await db.collection('groups').where({ _id: group._id, status: 'open' }).update({ status: 'failed', closedAt: now })) === 1;
  // Read the orders again: a payment may have landed while the group was closing.
  for (const member of group.members) {
    const order = await getDoc<OrderDoc>(db, 'orders', member.orderId);
    if (order?.status === 'paid' || order?.status === 'effective') {
      await refundOrder(db, provider, order._id, '拼团未成功，自动退款', now);
    } else if (!order || order.status === 'cancelled') {
      await freeSeatOf(db, group._id, member.orderId, now);
    }
  }
  if (won) await noticeGroupOutcome(db, group._id, 'failed', now);
}
