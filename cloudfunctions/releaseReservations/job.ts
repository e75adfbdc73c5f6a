import { defineJob } from '../shared/runtime/jobs';
import { releaseExpiredReservations } from '../groupbuy/flows/sweep';

/** Every minute: unpaid reservations past their 15-minute window give back their seat and stock. */
export const job = defineJob({
  name: 'releaseReservations',
  cron: '0 * * * * * *',
  run: (db, now, budget) => releaseExpiredReservations(db, now, budget),
});
