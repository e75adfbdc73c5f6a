import { defineJob } from '../shared/runtime/jobs';
import { paymentProvider } from '../shared/providers/payment';
import { drainPaidOrders } from '../groupbuy/flows/paid-work';
import { recordDueGroupNotices } from '../groupbuy/flows/group-notices';
import { sendDueNotices } from '../shared/notices';
import { drainCommunity } from '../community/flows/outbox';
import { issueDueVouchers } from '../partner/flows/vouchers';
import { issueDueRedemptionVouchers } from '../member/flows/redeem-vouchers';
import { grantDueAttendance } from '../partner/flows/attendance';
import { issueDueTickets } from '../partner/flows/tickets';

/**
 * Every minute, the outbox: paid orders whose follow-up (group progress, rewards,
 * notices) no call has finished yet; groups closed by a call that died before
 * recording their members' notices; completed orders' and perk redemptions' partner vouchers, event
 * check-ins' attendance growth and seat-first sign-ups' tickets; then every pending notice, in batches; then 社区's
 * part (community/flows/outbox: authors' and voters' rewards, comment count debts).
 */
export const job = defineJob({
  name: 'drainOutbox',
  cron: '0 * * * * * *',
  run: async (db, now, budget) => {
    const paid = await drainPaidOrders(db, paymentProvider(), now, budget);
    const groups = await recordDueGroupNotices(db, now, budget);
    const perks = await issueDueVouchers(db, now, budget);
    const redeemed = await issueDueRedemptionVouchers(db, now, budget);
    const attendance = await grantDueAttendance(db, now, budget);
    const tickets = await issueDueTickets(db, now, budget);
    const notices = await sendDueNotices(db, now, budget);
    const { communityMore, ...community } = await drainCommunity(db, now, budget);
    return {
      paidFinished: paid.paidFinished,
      groupsNoticed: groups.groupsNoticed,
      perksIssued: perks.perksIssued,
      redemptionVouchers: redeemed.redemptionVouchers,
      attendanceGranted: attendance.attendanceGranted,
      ticketsIssued: tickets.ticketsIssued,
      ...notices,
      ...community,
      more: paid.more + groups.more + perks.more + redeemed.more + attendance.more + tickets.more + notices.noticesMore + communityMore,
    };
  },
});
