import type { Database } from '../../shared/runtime/cloud';
import type { GroupDoc, OrderDoc } from '../../shared/model';
import type { Notice } from '../../shared/providers/notifier/port';
import { getDoc } from '../../shared/runtime/documents';
import { Budget, eachWithin, UNBOUNDED } from '../../shared/runtime/budget';
import { NoticeRun, recordNotices, sendDueNotices } from '../../shared/notices';

/**
 * Tells every paid member how their group ended, through the notices outbox:
 * the close itself marks the group `noticesDue`; here each member's notice is
 * recorded (once, whoever records it), the mark is cleared, and the group's
 * notices go out in batches while the budget lasts. The drainOutbox job sends
 * what is left and records for groups whose closer died before recording.
 */
export async function noticeGroupOutcome(db: Database, groupId: string, outcome: 'succeeded' | 'failed', now: Date, budget: Budget = UNBOUNDED): Promise<NoticeRun> {
  await recordGroupNotices(db, groupId, outcome, now);
  return sendDueNotices(db, now, budget, { ref: groupId });
}

async function recordGroupNotices(db: Database, groupId: string, outcome: 'succeeded' | 'failed', now: Date, justRead?: GroupDoc): Promise<number> {
  const group = justRead ?? (await getDoc<GroupDoc>(db, 'groups', groupId));
  if (!group) return 0;
  let created = 0;
  if (group.paidOrderIds.length) {
    const paid = await db.collection('orders').where({ _id: db.command.in(group.paidOrderIds) }).limit(group.paidOrderIds.length).get();
    const notices: Notice[] = (paid.data as OrderDoc[]).map((order) => ({
      kind: outcome === 'succeeded' ? 'group_succeeded' : 'group_failed',
      openid: order.openid,
      page: `group/pages/detail/index?id=${groupId}`,
      title: order.title,
      amountFen: order.amountFen,
      note: outcome === 'succeeded' ? '拼团成功，商家将尽快发货' : '未成团，款项已原路退回',
      at: now,
    }));
    created = await recordNotices(db, groupId, notices, now);
  }
  await db.collection('groups').where({ _id: groupId, noticesDue: true }).update({ noticesDue: db.command.remove() });
  return created;
}

/** The drain's part: groups closed by a call that died before recording their notices. */
export async function recordDueGroupNotices(db: Database, now: Date, budget: Budget = UNBOUNDED): Promise<{ groupsNoticed: number; more: number }> {
  const due = (await db.collection('groups').where({ noticesDue: true }).limit(50).get()).data as GroupDoc[];
  let groupsNoticed = 0;
  const more = await eachWithin(due, budget, async (group) => {
    if (group.status !== 'succeeded' && group.status !== 'failed') return;
    await recordGroupNotices(db, group._id, group.status, now, group);
    groupsNoticed++;
  });
  return { groupsNoticed, more };
}
