import { createTimerMain } from '../shared/runtime/timer';
import { payoutProvider } from '../shared/providers/payout';
import { processDuePayouts } from '../distribution/flows/withdrawals';

/** Every five minutes: approved withdrawals are transferred (or retried with the same bill number). */
export const main = createTimerMain('processPayouts', (db, now) => processDuePayouts(db, payoutProvider(), now));
