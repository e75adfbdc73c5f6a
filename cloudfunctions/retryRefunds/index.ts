import { createTimerMain } from '../shared/runtime/timer';
import { paymentProvider } from '../shared/providers/payment';
import { retryDueRefunds } from '../groupbuy/flows/retry-refunds';

/** Every five minutes: refunds that failed are tried again with the same refund number. */
export const main = createTimerMain('retryRefunds', (db, now) => retryDueRefunds(db, paymentProvider(), now));
