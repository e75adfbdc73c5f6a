import { createTimerMain } from '../shared/runtime/timer';
import { settleDueCommissions } from '../distribution/flows/commissions';
import { rewardEffectiveOrders } from '../groupbuy/flows/order-rewards';

/**
 * Hourly: commissions whose after-sale window closed become available to withdraw;
 * first, any effective order whose rewards a crash left unwritten gets them.
 */
export const main = createTimerMain('settleCommissions', async (db, now) => {
  const healed = await rewardEffectiveOrders(db, {}, now);
  return { healed, ...(await settleDueCommissions(db, now)) };
});
