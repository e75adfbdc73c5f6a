import { defineJob } from '../shared/runtime/jobs';
import { paymentProvider } from '../shared/providers/payment';
import { closeDuePresales } from '../groupbuy/flows/presale';
import { payDueRewards } from '../cocreation/flows/rewards';
import { pruneParticipantClaims } from '../cocreation/flows/participants';

/**
 * Every five minutes, 共创计划's scheduled work: pre-sale campaigns past their
 * deadline close (their orders become effective or are refunded), then every
 * launched project pays the thresholds its sales crossed; last, projects drop participant
 * claims older than their journal's span (flows/participants). Idempotent; safe twice at once.
 */
export const job = defineJob({
  name: 'cocreationTick',
  cron: '0 */5 * * * * *',
  run: async (db, now, budget) => {
    const presales = await closeDuePresales(db, paymentProvider(), now, budget);
    const rewards = await payDueRewards(db, now, budget);
    const claimsPruned = await pruneParticipantClaims(db, now, budget);
    return { ...presales, ...rewards, claimsPruned, more: presales.more + rewards.more };
  },
});
