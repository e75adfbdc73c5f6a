import { defineJob } from '../shared/runtime/jobs';
import { rollRecent } from '../analytics/flows/rollup';

/**
 * Hourly at minute 10: rolls every finished Asia/Shanghai day not rolled yet (the
 * first run backfills from the first record, in budgeted steps), then the last 8
 * finished days again with their weeks and months, so late refunds and closes reach
 * them. The dashboard reads these rollups and computes today live.
 */
export const job = defineJob({
  name: 'analyticsRollup',
  cron: '0 10 * * * * *',
  run: async (db, now, budget) => ({ ...(await rollRecent(db, now, budget)) }),
});
