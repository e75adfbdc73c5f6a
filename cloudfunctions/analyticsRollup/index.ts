import { createTimerMain } from '../shared/runtime/timer';
import { job } from './job';

/** The analyticsRollup job (job.ts) on its timer trigger (cloudbaserc.json); on 云函数 2.0 the tick function runs it. */
export const main = createTimerMain(job);
