import { defineJob } from '../shared/runtime/jobs';
import { payoutProvider } from '../shared/providers/payout';
import { processDuePayouts } from '../distribution/flows/withdrawals';

/** Every five minutes: approved withdrawals are transferred (or retried with the same bill number). */
export const job = defineJob({
  name: 'processPayouts',
  cron: '0 */5 * * * * *',
  run: async (db, now, budget) => ({ ...(await processDuePayouts(db, payoutProvider(), now, budget)) }),
});
