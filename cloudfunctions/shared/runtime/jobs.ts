import type { Database } from './cloud';
import type { Budget } from './budget';
import { budgetOf } from './budget';
import { insertOnce, updatedCount } from './documents';
import { logError } from './logger';
import { latestSlot, parseCron } from '../domain/cron';

/** What a job did, as counts (e.g. `{ groups: 3, more: 1 }`). */
export type JobCounts = Record<string, number>;

/**
 * One piece of scheduled work, defined once and run three ways: by its timer
 * function (runtime/timer.ts, where CloudBase has timer triggers), by the HTTP
 * `tick` function an external scheduler calls (云函数 2.0 has no timers), and by
 * `POST /dev/run/<name>` on the local cloud.
 *
 * `run` selects its work by state (never by a cursor kept in memory), checks
 * `budget.exhausted()` before each unit of work and stops there: the next run
 * resumes where this one stopped. Safe to run twice at once.
 */
export interface Job {
  name: string;
  /** CloudBase cron (seven fields, Asia/Shanghai): its timer trigger in cloudbaserc.json, and its schedule for `tick` "due". */
  cron: string;
  run(db: Database, now: Date, budget: Budget): Promise<JobCounts>;
}

export function defineJob(job: Job): Job {
  parseCron(job.cron); // a bad cron fails at load, not at 3 a.m.
  return job;
}

/** Scheduled functions (each timer function and `tick`) time out after 60 s (cloudbaserc.json). */
export const JOB_FUNCTION_TIMEOUT_MS = 60_000;
/** A job's work stops by this much into its function's run, leaving time to record and answer. */
export const JOB_BUDGET_MS = 45_000;

export type JobResult = { job: string; ok: true; spentMs: number; counts: JobCounts } | { job: string; ok: false; spentMs: number; error: string };

/**
 * Runs one job under its own budget (all its work counts against it) and records
 * the run in `jobRuns`. Never throws: a failure is logged and returned.
 */
export async function runJob(db: Database, job: Job, now: Date, budget: Budget = budgetOf(JOB_BUDGET_MS)): Promise<JobResult> {
  let result: JobResult;
  try {
    const counts = await job.run(db, now, budget);
    result = { job: job.name, ok: true, spentMs: budget.spent(), counts };
  } catch (err) {
    logError('job_failed', { job: job.name, error: String((err as Error)?.stack ?? err) });
    result = { job: job.name, ok: false, spentMs: budget.spent(), error: String((err as Error)?.message ?? err) };
  }
  await recordRun(db, job.name, now, result).catch((err) => logError('job_record_failed', { job: job.name, error: String(err) }));
  return result;
}

async function recordRun(db: Database, name: string, now: Date, result: JobResult): Promise<void> {
  const last = { lastRunAt: now, lastOk: result.ok, lastSpentMs: result.spentMs, lastCounts: result.ok ? result.counts : {}, lastError: result.ok ? null : result.error };
  const res = await db.collection('jobRuns').where({ _id: name }).update(last);
  if (updatedCount(res) === 0) await insertOnce(db, 'jobRuns', { _id: name, slot: null, ...last });
}

/**
 * Claims the job's latest cron slot at or before `now`: true for exactly one
 * caller per slot, however many ticks arrive at once (one conditional update on
 * the job's `jobRuns` document, or its creation the first time).
 */
export async function claimDueSlot(db: Database, job: Job, now: Date): Promise<boolean> {
  const at = latestSlot(parseCron(job.cron), now);
  if (!at) return false;
  const slot = at.toISOString();
  for (let attempt = 0; attempt < 2; attempt++) {
    const res = await db.collection('jobRuns').where({ _id: job.name, slot: db.command.neq(slot) }).update({ slot, claimedAt: now });
    if (updatedCount(res) === 1) return true;
    if (await insertOnce(db, 'jobRuns', { _id: job.name, slot, claimedAt: now })) return true;
    // The document exists: either this slot is taken, or it was created (without the slot) in between.
  }
  return false;
}

/**
 * Runs the jobs whose cron slot is due and not yet claimed, all at once, each
 * under its own budget (they are independent), so the call ends within one
 * budget whatever the number of due jobs.
 */
export async function runDueJobs(db: Database, jobs: readonly Job[], now: Date, budgetFor: () => Budget = () => budgetOf(JOB_BUDGET_MS)): Promise<JobResult[]> {
  const budgets = jobs.map(() => budgetFor()); // the claims count too
  const claimed = await Promise.all(jobs.map((job) => claimDueSlot(db, job, now)));
  return Promise.all(jobs.flatMap((job, i) => (claimed[i] ? [runJob(db, job, now, budgets[i])] : [])));
}
