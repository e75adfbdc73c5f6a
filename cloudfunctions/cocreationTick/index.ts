import { createTimerMain } from '../shared/runtime/timer';
import { paymentProvider } from '../shared/providers/payment';
import { closeDuePresales } from '../groupbuy/flows/presale';
import { payDueRewards } from '../cocreation/flows/rewards';

/**
 * Every five minutes, 共创计划's scheduled work: pre-sale campaigns past their
 * deadline close (their orders become effective or are refunded), then every
 * launched project pays the thresholds its sales crossed. Idempotent; safe twice at once.
 */
export const main = createTimerMain('cocreationTick', async (db, now) => {
  const presales = await closeDuePresales(db, paymentProvider(), now);
  const rewards = await payDueRewards(db, now);
  return { ...presales, ...rewards };
});
