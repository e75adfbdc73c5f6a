import type { Database } from '../../shared/runtime/cloud';
import type { GroupMember } from '../../shared/model';
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

/** Gives a seat back; idempotent (only while the member holding `orderId` is there). */
export async function releaseSeat(db: Database, groupId: string, orderId: string): Promise<boolean> {
  const _ = db.command;
  const res = await db
    .collection('groups')
    .where({ _id: groupId, 'members.orderId': orderId })
    .update({ seatsTaken: _.inc(-1), members: _.pull({ orderId }), heldOrderIds: _.pull(orderId) });
  return updatedCount(res) === 1;
}
