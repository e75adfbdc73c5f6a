import { defineJob } from '../shared/runtime/jobs';
import { paymentProvider } from '../shared/providers/payment';
import { expireGroups } from '../groupbuy/flows/expire';
import { drainPaidOrders } from '../groupbuy/flows/paid-work';

/**
 * Every minute: groups whose time is up succeed (成团保障) or fail and refund their
 * members. Payments still in the outbox are counted first, so a group whose last
 * seat was paid a moment ago is not failed for it.
 */
export const job = defineJob({
  name: 'expireGroups',
  cron: '30 * * * * * *',
  run: async (db, now, budget) => {
    const provider = paymentProvider();
    const paid = await drainPaidOrders(db, provider, now, budget);
    const expired = await expireGroups(db, provider, now, budget);
    return { paidFinished: paid.paidFinished, groups: expired.groups, more: paid.more + expired.more };
  },
});
