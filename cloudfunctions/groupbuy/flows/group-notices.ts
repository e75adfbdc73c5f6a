import type { Database } from '../../shared/runtime/cloud';
import type { GroupDoc, OrderDoc } from '../../shared/model';
import { getDoc } from '../../shared/runtime/documents';
import { tell } from '../../shared/providers/notifier';

/** Tells every paid member how their group ended (sent once: by whoever closed the group). */
export async function noticeGroupOutcome(db: Database, groupId: string, outcome: 'succeeded' | 'failed', now: Date): Promise<void> {
  const group = await getDoc<GroupDoc>(db, 'groups', groupId);
  if (!group) return;
  if (!group.paidOrderIds.length) return;
  const paid = await db.collection('orders').where({ _id: db.command.in(group.paidOrderIds) }).limit(group.paidOrderIds.length).get();
  for (const order of paid.data as OrderDoc[]) {
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
