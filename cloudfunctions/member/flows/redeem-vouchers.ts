import type { Database } from '../../shared/runtime/cloud';
import { docsByIds } from '../../shared/runtime/documents';
import { Budget, eachWithin, UNBOUNDED } from '../../shared/runtime/budget';
import { logError } from '../../shared/runtime/logger';
import { issueOrGiveBack } from './redeem';
import { RedeemEntry, Redemptions, spent } from './redemption-state';

const DUE_BATCH = 50;

/**
 * The outbox's part (drainOutbox, every minute) for perk rewards: a redemption's grant
 * marked `voucherDue` gets its voucher (`<redemptionId>_<perkId>_0`, issued by the partner's
 * keyed steps, so two drains racing issue it once), or, the perk refusing (out of units,
 * the member's per-perk limit, switched off), its unit and points back (refuse: each keyed,
 * so once); then the mark goes. A grant whose points have not moved yet (its call is still
 * running, or died and the reconcile finishes it) keeps the mark for a later run.
 */
export async function issueDueRedemptionVouchers(db: Database, now: Date, budget: Budget = UNBOUNDED): Promise<{ redemptionVouchers: number; more: number }> {
  const due = (await db.collection('grants').where({ voucherDue: true }).limit(DUE_BATCH).get()).data as RedeemEntry[];
  if (!due.length) return { redemptionVouchers: 0, more: 0 };
  const users = await docsByIds<NonNullable<Redemptions['user']>>(db, 'users', due.map((e) => e.openid));
  let handled = 0;
  const more = await eachWithin(due, budget, async (entry) => {
    if (!spent(entry, users.get(entry.openid) ?? null, now)) return;
    try {
      await issueOrGiveBack(db, entry, now);
      await db.collection('grants').where({ _id: entry._id, voucherDue: true }).update({ voucherDue: db.command.remove() });
      handled++;
    } catch (err) {
      logError('redemption_voucher_failed', { grantId: entry._id, error: String(err) });
    }
  });
  return { redemptionVouchers: handled, more: more || (due.length === DUE_BATCH ? 1 : 0) };
}
