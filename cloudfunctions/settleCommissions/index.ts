import { createTimerMain } from '../shared/runtime/timer';
import { settleDueCommissions } from '../distribution/flows/commissions';

/** Hourly: commissions whose after-sale window closed become available to withdraw. */
export const main = createTimerMain('settleCommissions', (db, now) => settleDueCommissions(db, now));
