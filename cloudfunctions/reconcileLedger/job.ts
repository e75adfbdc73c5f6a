import { defineJob } from '../shared/runtime/jobs';
import { reconcileWallets } from '../distribution/flows/reconciliation';

/**
 * Daily: every wallet recomputed from its ledger entries and payouts; differences
 * are stored in `reconciliations` (admin action `reconciliations`) and logged,
 * never corrected here. A run its budget stops is stored as stoppedEarly.
 */
export const job = defineJob({
  name: 'reconcileLedger',
  cron: '0 30 3 * * * *',
  run: async (db, now, budget) => {
    const report = await reconcileWallets(db, now, budget);
    return { wallets: report.wallets, differences: report.differenceCount, more: report.stoppedEarly ? 1 : 0 };
  },
});
