import { createTimerMain } from '../shared/runtime/timer';
import { releaseExpiredReservations } from '../groupbuy/flows/sweep';

/** Every minute: unpaid reservations past their 15-minute window give back their seat and stock. */
export const main = createTimerMain('releaseReservations', releaseExpiredReservations);
