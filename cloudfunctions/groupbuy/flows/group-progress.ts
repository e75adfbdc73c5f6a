import type { Database } from '../../shared/runtime/cloud';
import type { GroupDoc, OrderDoc } from '../../shared/model';
import type { PaymentProvider } from '../../shared/providers/payment/port';
import { getDoc, updatedCount } from '../../shared/runtime/documents';
import { noticeGroupOutcome } from './group-notices';
import { groupExpiresAt, isComplete } from '../../shared/domain/group';
import { refundOrder } from './refund';
import { rewardEffectiveOrders } from './order-rewards';

/**
 * What a paid order does to its group. Every step is a conditional update, so a
 * repeated notification (or a retry after a crash) only completes what is missing.
 */
export async function afterPaid(db: Database, provider: PaymentProvider, order: OrderDoc, now: Date): Promise<void> {
  const _ = db.command;
  if (!order.groupId) {
    await makeEffective(db, { _id: order._id }, now);
    return;
  }
  await db
    .collection('groups')
    .where({ _id: order.groupId, paidOrderIds: _.neq(order._id) })
    .update({ paidOrderIds: _.push(order._id), paidCount: _.inc(1), heldOrderIds: _.pull(order._id) });
  let group = await getDoc<GroupDoc>(db, 'groups', order.groupId);
  if (!group) return;
  if (group.status === 'pending' && group.leaderOrderId === order._id) {
    await db
      .collection('groups')
      .where({ _id: group._id, status: 'pending' })
      .update({ status: 'open', openedAt: now, expiresAt: groupExpiresAt(now, group.timeLimitMinutes) });
    group = (await getDoc<GroupDoc>(db, 'groups', order.groupId))!;
  }
  if (group.status === 'open' && isComplete(group.paidCount, group.size)) await succeedGroup(db, group._id, now);
  else if (group.status === 'succeeded') await makeEffective(db, { _id: order._id }, now);
  else if (group.status === 'failed') await refundOrder(db, provider, order._id, '拼团未成功，自动退款', now);
}

/** The group succeeded: every paid member's order becomes effective (to ship). */
export async function succeedGroup(db: Database, groupId: string, now: Date): Promise<void> {
  const won = updatedCount(await db.collection('groups').where({ _id: groupId, status: 'open' }).update({ status: 'succeeded', closedAt: now })) === 1;
  await makeEffective(db, { groupId }, now);
  if (won) await noticeGroupOutcome(db, groupId, 'succeeded', now);
}

/** paid → effective (to ship), then what each such order earns is recorded. */
async function makeEffective(db: Database, where: Record<string, unknown>, now: Date): Promise<void> {
  await db
    .collection('orders')
    .where({ ...where, status: 'paid' })
    .update({ status: 'effective', effectiveAt: now, updatedAt: now });
  await rewardEffectiveOrders(db, where, now);
}
