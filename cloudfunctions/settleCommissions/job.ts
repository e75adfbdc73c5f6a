import { defineJob } from '../shared/runtime/jobs';
import { settleDueCommissions } from '../distribution/flows/commissions';
import { dateCompletedCommissions, rewardEffectiveOrders } from '../groupbuy/flows/order-rewards';

/**
 * Hourly: commissions whose after-sale window closed become available to withdraw;
 * first, any effective or completed order whose rewards a crash left unwritten gets
 * them, and a commission written as its order completed gets its due date. Both
 * count against the one budget.
 */
export const job = defineJob({
  name: 'settleCommissions',
  cron: '0 0 * * * * *',
  run: async (db, now, budget) => {
    const healed = await rewardEffectiveOrders(db, {}, now, budget);
    const dated = await dateCompletedCommissions(db, now, budget);
    return { healed, dated, ...(await settleDueCommissions(db, now, budget)) };
  },
});
