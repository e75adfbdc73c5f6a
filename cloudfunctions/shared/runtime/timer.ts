import { now as clockNow } from './clock';
import { database } from './cloud';
import { callerFrom } from './identity';
import { Job, runJob } from './jobs';

/**
 * The entry of a timer-triggered function: runs its one job (runtime/jobs.ts)
 * under the job's budget. Only the platform's timer may run it: an event from a
 * mini-program (which carries an openid) is refused.
 */
export function createTimerMain(job: Job) {
  return async function main(event: unknown, context: unknown) {
    const timer = event as { Type?: string; TriggerName?: string } | null;
    if (timer?.Type !== 'Timer' || callerFrom(context).openid) {
      return { ok: false, error: { code: 'FORBIDDEN', message: '仅定时触发器可以调用' } };
    }
    const result = await runJob(database(), job, clockNow());
    if (!result.ok) return { ok: false, error: { code: 'INTERNAL', message: '定时任务失败，将在下次触发时重试' } };
    return { ok: true, data: { job: job.name, ...result.counts } };
  };
}
