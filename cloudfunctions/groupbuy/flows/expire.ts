import type { Database } from '../../shared/runtime/cloud';
import type { GroupDoc } from '../../shared/model';
import type { PaymentProvider } from '../../shared/providers/payment/port';
import { closeIfDue } from './group-close';

const BATCH = 100;

/**
 * Closes open groups whose time is up: with 成团保障 they succeed as they are,
 * otherwise they fail and every paid member is refunded on their own; unpaid
 * seats are released either way. A payment landing at the same moment may fill
 * the group first: the close is conditional, and the orders follow the group's
 * real status. Idempotent; safe to run twice at once.
 */
export async function expireGroups(db: Database, provider: PaymentProvider, now: Date): Promise<{ groups: number }> {
  const _ = db.command;
  const due = await db
    .collection('groups')
    .where({ status: 'open', expiresAt: _.lte(now) })
    .orderBy('expiresAt', 'asc')
    .limit(BATCH)
    .field({ _id: true })
    .get();
  for (const group of due.data as Pick<GroupDoc, '_id'>[]) await closeIfDue(db, provider, group._id, now);
  return { groups: due.data.length };
}
