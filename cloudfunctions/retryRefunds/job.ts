import { defineJob } from '../shared/runtime/jobs';
import { paymentProvider } from '../shared/providers/payment';
import { retryDueRefunds } from '../groupbuy/flows/retry-refunds';

/** Every five minutes: refunds that failed are tried again with the same refund number; processing ones are queried. */
export const job = defineJob({
  name: 'retryRefunds',
  cron: '0 */5 * * * * *',
  run: async (db, now, budget) => ({ ...(await retryDueRefunds(db, paymentProvider(), now, budget)) }),
});
