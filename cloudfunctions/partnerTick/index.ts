import { createTimerMain } from '../shared/runtime/timer';
import { voucherTick } from '../partner/flows/voucher-tick';
import { eventTick } from '../partner/flows/event-tick';

/**
 * Every ten minutes: vouchers past their validity become 已过期 and members are
 * told (once) before one expires; vouchers and sign-ups left half-done by a call
 * that died are finished; events that ended close; journals are pruned.
 */
export const main = createTimerMain('partnerTick', async (db, now) => ({
  ...(await voucherTick(db, now)),
  ...(await eventTick(db, now)),
}));
