import { defineJob } from '../shared/runtime/jobs';
import { voucherTick } from '../partner/flows/voucher-tick';
import { eventTick } from '../partner/flows/event-tick';

/**
 * Every ten minutes: vouchers past their validity become 已过期 and members are
 * told (once) before one expires; vouchers and sign-ups left half-done by a call
 * that died are finished; events that ended close; journals are pruned.
 */
export const job = defineJob({
  name: 'partnerTick',
  cron: '0 */10 * * * * *',
  run: async (db, now, budget) => {
    const vouchers = await voucherTick(db, now, budget);
    const events = await eventTick(db, now, budget);
    return { ...vouchers, ...events, more: (vouchers.more ?? 0) + (events.more ?? 0) };
  },
});
