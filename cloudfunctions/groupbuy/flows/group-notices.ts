import type { Database } from '../../shared/runtime/cloud';
import type { GroupDoc, OrderDoc } from '../../shared/model';
import { getDoc } from '../../shared/runtime/documents';
import { tell } from '../../shared/providers/notifier';

/** Tells every paid member how their group ended (sent once: by whoever closed the group). */
export async function noticeGroupOutcome(db: Database, groupId: string, outcome: 'succeeded' | 'failed', now: Date): Promise<void> {
  const group = await getDoc<GroupDoc>(db, 'groups', groupId);
  if (!group) return;
  for (const orderId of group.paidOrderIds) {
    const order = await getDoc<OrderDoc>(db, 'orders', orderId);
    if (!order) continue;
    await tell({
      kind: outcome === 'succeeded' ? 'group_succeeded' : 'group_failed',
      openid: order.openid,
      page: `pages/group/index?id=${groupId}`,
      title: order.title,
      amountFen: order.amountFen,
      note: outcome === 'succeeded' ? '拼团成功，商家将尽快发货' : '未成团，款项已原路退回',
      at: now,
    });
  }
}
