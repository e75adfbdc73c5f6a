import { defineJob } from '../shared/runtime/jobs';
import { reconcileWallets } from '../distribution/flows/reconciliation';
import { repairWithdrawals } from '../distribution/flows/withdrawal-request';
import { POSTING_JOURNAL_MS, pruneAccountJournals, repairPostings, REPAIR_MS } from '../shared/postings';

/** How far back the daily run looks for postings a crashed call left half done (a day, with an hour to spare). */
const REPAIR_LOOKBACK_MS = 25 * 3_600_000;

/**
 * Daily: first the postings (grants and ledger entries written without a transaction,
 * shared/postings.ts) of the last day whose account move a crashed call never made are
 * finished (and a withdrawal whose request died after posting it gets its withdrawal
 * document), and account journals older than POSTING_JOURNAL_MS are pruned; then every
 * wallet is recomputed from its ledger entries and payouts; differences are stored in
 * `reconciliations` (admin action `reconciliations`) and logged, never corrected here.
 * A run its budget stops is stored as stoppedEarly.
 */
export const job = defineJob({
  name: 'reconcileLedger',
  cron: '0 30 3 * * * *',
  run: async (db, now, budget) => {
    const from = new Date(now.getTime() - REPAIR_LOOKBACK_MS);
    const to = new Date(now.getTime() - REPAIR_MS);
    const grants = await repairPostings(db, 'grants', from, to, budget);
    const ledger = await repairPostings(db, 'ledger', from, to, budget);
    const withdrawals = await repairWithdrawals(db, from, to, budget);
    const cutoff = new Date(now.getTime() - POSTING_JOURNAL_MS);
    const pruned = (await pruneAccountJournals(db, 'users', cutoff)) + (await pruneAccountJournals(db, 'wallets', cutoff));
    const report = await reconcileWallets(db, now, budget);
    return {
      postingsRepaired: grants.repaired + ledger.repaired,
      postingsRemoved: grants.removed + ledger.removed,
      withdrawalsRepaired: withdrawals,
      journalsPruned: pruned,
      wallets: report.wallets,
      differences: report.differenceCount,
      more: report.stoppedEarly ? 1 : 0,
    };
  },
});
