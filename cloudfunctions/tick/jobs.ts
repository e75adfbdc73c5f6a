import type { Job } from '../shared/runtime/jobs';
import { job as releaseReservations } from '../releaseReservations/job';
import { job as expireGroups } from '../expireGroups/job';
import { job as drainOutbox } from '../drainOutbox/job';
import { job as retryRefunds } from '../retryRefunds/job';
import { job as settleCommissions } from '../settleCommissions/job';
import { job as reconcileLedger } from '../reconcileLedger/job';
import { job as processPayouts } from '../processPayouts/job';
import { job as fulfilmentTick } from '../fulfilmentTick/job';
import { job as partnerTick } from '../partnerTick/job';
import { job as cocreationTick } from '../cocreationTick/job';
import { job as analyticsRollup } from '../analyticsRollup/job';

/**
 * Every scheduled job, each defined once in its timer function's folder
 * (`cloudfunctions/<name>/job.ts`). A new job: its folder (job.ts + index.ts with
 * createTimerMain), its entry in cloudbaserc.json with the same cron as its timer
 * trigger, and a line here (tests/unit/jobs-registry.test.ts checks all three agree).
 */
export const JOBS: readonly Job[] = [
  releaseReservations,
  expireGroups,
  drainOutbox,
  retryRefunds,
  settleCommissions,
  reconcileLedger,
  processPayouts,
  fulfilmentTick,
  partnerTick,
  cocreationTick,
  analyticsRollup,
];

export function jobNamed(name: string): Job | undefined {
  return JOBS.find((job) => job.name === name);
}
