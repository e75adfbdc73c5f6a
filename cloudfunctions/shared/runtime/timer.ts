import { now as clockNow } from './clock';
import { database, Database } from './cloud';
import { callerFrom } from './identity';
import { logError } from './logger';

/**
 * The entry of a timer-triggered function. Only the platform's timer may run it:
 * an event from a mini-program (which carries an openid) is refused.
 */
export function createTimerMain(name: string, job: (db: Database, now: Date) => Promise<Record<string, number>>) {
  return async function main(event: unknown, context: unknown) {
    const timer = event as { Type?: string; TriggerName?: string } | null;
    if (timer?.Type !== 'Timer' || callerFrom(context).openid) {
      return { ok: false, error: { code: 'FORBIDDEN', message: '仅定时触发器可以调用' } };
    }
    try {
      return { ok: true, data: { job: name, ...(await job(database(), clockNow())) } };
    } catch (err) {
      logError('timer_failed', { job: name, error: String((err as Error)?.stack ?? err) });
      return { ok: false, error: { code: 'INTERNAL', message: '定时任务失败，将在下次触发时重试' } };
    }
  };
}
