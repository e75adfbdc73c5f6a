import { createTimerMain } from '../shared/runtime/timer';
import { reconcileWallets } from '../distribution/flows/reconciliation';

/**
 * Daily: every wallet recomputed from its ledger entries and payouts; differences
 * are stored in `reconciliations` (admin action `reconciliations`) and logged,
 * never corrected here.
 */
export const main = createTimerMain('reconcileLedger', async (db, now) => {
  const report = await reconcileWallets(db, now);
  return { wallets: report.wallets, differences: report.differenceCount };
});
