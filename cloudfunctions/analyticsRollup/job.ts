import { defineJob } from '../shared/runtime/jobs';
import { rollupTick } from '../analytics/flows/rollup';

/**
 * Every 10 minutes: today so far (the dashboard reads it like any rollup, so its cost
 * does not grow with today's orders); hourly, and first after midnight, every finished
 * Asia/Shanghai day not rolled yet (the first run backfills from the first record, in
 * budgeted steps), then the last 8 finished days again with their weeks and months, so
 * late refunds and closes reach them.
 */
export const job = defineJob({
  name: 'analyticsRollup',
  cron: '0 */10 * * * * *',
  run: async (db, now, budget) => ({ ...(await rollupTick(db, now, budget)) }),
});
