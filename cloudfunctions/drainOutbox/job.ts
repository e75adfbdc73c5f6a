import { defineJob } from '../shared/runtime/jobs';
import { paymentProvider } from '../shared/providers/payment';
import { drainPaidOrders } from '../groupbuy/flows/paid-work';
import { recordDueGroupNotices } from '../groupbuy/flows/group-notices';
import { sendDueNotices } from '../shared/notices';
import { drainCommunity } from '../community/flows/outbox';

/**
 * Every minute, the outbox: paid orders whose follow-up (group progress, rewards,
 * notices) no call has finished yet; groups closed by a call that died before
 * recording their members' notices; then every pending notice, in batches; then 社区's
 * part (community/flows/outbox: authors' and voters' rewards, comment count debts).
 */
export const job = defineJob({
  name: 'drainOutbox',
  cron: '0 * * * * * *',
  run: async (db, now, budget) => {
    const paid = await drainPaidOrders(db, paymentProvider(), now, budget);
    const groups = await recordDueGroupNotices(db, now, budget);
    const notices = await sendDueNotices(db, now, budget);
    const { communityMore, ...community } = await drainCommunity(db, now, budget);
    return { paidFinished: paid.paidFinished, groupsNoticed: groups.groupsNoticed, ...notices, ...community, more: paid.more + groups.more + notices.noticesMore + communityMore };
  },
});
