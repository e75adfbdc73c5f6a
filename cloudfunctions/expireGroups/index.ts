import { createTimerMain } from '../shared/runtime/timer';
import { paymentProvider } from '../shared/providers/payment';
import { expireGroups } from '../groupbuy/flows/expire';

/** Every minute: groups whose time is up succeed (成团保障) or fail and refund their members. */
export const main = createTimerMain('expireGroups', (db, now) => expireGroups(db, paymentProvider(), now));
