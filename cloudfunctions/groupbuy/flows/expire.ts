import type { Database } from '../../shared/runtime/cloud';
import type { GroupDoc } from '../../shared/model';
import type { PaymentProvider } from '../../shared/providers/payment/port';
import { closeIfDue } from './group-close';
import { Budget, eachWithin, UNBOUNDED } from '../../shared/runtime/budget';

const BATCH = 100;

/**
 * Closes open groups whose time is up: with 成团保障 they succeed as they are,
 * otherwise they fail and every paid member is refunded on their own; unpaid
 * seats are released either way. A payment landing at the same moment may fill
 * the group first: the close is conditional, and the orders follow the group's
 * real status. Idempotent; safe to run twice at once.
 */
export async function expireGroups(db: Database, provider: PaymentProvider, now: Date, budget: Budget = UNBOUNDED): Promise<{ groups: number; more: number }> {
  const _ = db.command;
  const due = await db
    .collection('groups')
    .where({ status: 'open', expiresAt: _.lte(now) })
    .orderBy('expiresAt', 'asc')
    .limit(BATCH)
    .field({ _id: true })
    .get();
  const more = await eachWithin(due.data as Pick<GroupDoc, '_id'>[], budget, (group) => closeIfDue(db, provider, group._id, now, undefined, budget));
  return { groups: due.data.length - more, more };
}
