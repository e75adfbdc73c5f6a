import type { Database } from '../../shared/runtime/cloud';
import type { GroupDoc, GroupMember } from '../../shared/model';
import { updatedCount } from '../../shared/runtime/documents';

/**
 * Takes a seat with one conditional update: the group stays open, unexpired,
 * under its size, and without this user. Exact under any concurrency.
 */
export async function takeSeat(db: Database, groupId: string, size: number, member: GroupMember, now: Date): Promise<boolean> {
  const _ = db.command;
  const res = await db
    .collection('groups')
    .where({ _id: groupId, status: 'open', seatsTaken: _.lt(size), expiresAt: _.gt(now), 'members.openid': _.neq(member.openid) })
    .update({ seatsTaken: _.inc(1), members: _.push(member), heldOrderIds: _.push(member.orderId) });
  return updatedCount(res) === 1;
}

/** Gives a seat back; idempotent (only while the member holding `orderId` is there). The group as it is then, or null. */
export async function releaseSeat(db: Database, groupId: string, orderId: string): Promise<GroupDoc | null> {
  const _ = db.command;
  const res = await db
    .collection('groups')
    .where({ _id: groupId, 'members.orderId': orderId })
    .updateAndReturn({ seatsTaken: _.inc(-1), members: _.pull({ orderId }), heldOrderIds: _.pull(orderId) });
  return ((res as { doc?: GroupDoc | null }).doc ?? null) as GroupDoc | null;
}

/**
 * The leader of a pending group gives up their unpaid order: the group (never seen
 * by anyone else) fails with the seat given back, in one conditional update. The
 * group then, or null when it is not that (already failed, or the seat already given back).
 */
export async function failPendingGroup(db: Database, groupId: string, orderId: string, now: Date): Promise<GroupDoc | null> {
  const _ = db.command;
  const res = await db
    .collection('groups')
    .where({ _id: groupId, status: 'pending', leaderOrderId: orderId, 'members.orderId': orderId })
    .updateAndReturn({ status: 'failed', closedAt: now, seatsTaken: _.inc(-1), members: _.pull({ orderId }), heldOrderIds: _.pull(orderId) });
  return ((res as { doc?: GroupDoc | null }).doc ?? null) as GroupDoc | null;
}

/**
 * A paid member is refunded while the group still fills: the seat and the paid
 * count go back (one conditional update, so it cannot cross the last payment
 * that fills the group: whichever lands first decides), and the group goes on.
 * The order is remembered in leftOrderIds, so a repeated payment notice never
 * counts it again. False when the group has closed (the refund is then an
 * after-sale one) or the seat was already given back.
 */
export async function leaveGroup(db: Database, groupId: string, orderId: string): Promise<boolean> {
  const _ = db.command;
  const res = await db
    .collection('groups')
    .where({ _id: groupId, status: _.in(['pending', 'open']), paidOrderIds: orderId })
    .update({
      paidOrderIds: _.pull(orderId),
      paidCount: _.inc(-1),
      seatsTaken: _.inc(-1),
      members: _.pull({ orderId }),
      leftOrderIds: _.push(orderId),
    });
  return updatedCount(res) === 1;
}
