import { now as clockNow } from '../shared/runtime/clock';
import { database } from '../shared/runtime/cloud';
import { callerFrom } from '../shared/runtime/identity';
import { logError } from '../shared/runtime/logger';
import { JobResult, runDueJobs, runJob } from '../shared/runtime/jobs';
import { checkTickSecret, secretFrom } from './auth';
import { JOBS, jobNamed } from './jobs';

/**
 * The scheduled jobs over HTTP, for runtimes without timer triggers (云函数 2.0):
 * an external scheduler calls this function's HTTP access path with the secret
 * (TICK_SECRET) and names a job — `{"job": "expireGroups"}` in the body or
 * `?job=expireGroups` — or `"due"`: every job whose cron slot (the same crons as the
 * timer triggers) came since its last run, each slot claimed once however many
 * calls arrive. Each job runs under its own budget below this function's timeout;
 * jobs select their work by state, so a repeated call does nothing twice.
 *
 * 401: no or wrong secret; 403: no secret configured (nothing ever runs) or a
 * mini-program caller; 404: unknown job. Nothing runs before the secret checks out.
 */
interface HttpEvent {
  httpMethod?: string;
  headers?: Record<string, string>;
  queryStringParameters?: Record<string, string> | null;
  body?: string;
  isBase64Encoded?: boolean;
}

const JOB_NAME = /^[A-Za-z][A-Za-z0-9]{0,39}$/;

export async function main(event: unknown, context: unknown) {
  const e = (event && typeof event === 'object' ? event : {}) as HttpEvent;
  if (callerFrom(context).openid) return reply(403, { ok: false, error: 'not a scheduler' });
  if (e.httpMethod !== 'POST' && e.httpMethod !== 'GET') return reply(405, { ok: false, error: 'POST or GET over HTTP access' });
  const headers = Object.fromEntries(Object.entries(e.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]));
  const auth = checkTickSecret(secretFrom(headers), process.env.TICK_SECRET);
  if (auth === 'not_configured') return reply(403, { ok: false, error: 'TICK_SECRET is not configured' });
  if (auth !== 'ok') return reply(401, { ok: false, error: 'wrong secret' });

  const name = jobParam(e);
  if (!name || (name !== 'due' && !JOB_NAME.test(name))) return reply(400, { ok: false, error: 'name a job, or "due"' });
  const db = database();
  const now = clockNow();
  try {
    let ran: JobResult[];
    if (name === 'due') ran = await runDueJobs(db, JOBS, now);
    else {
      const job = jobNamed(name);
      if (!job) return reply(404, { ok: false, error: `no job ${name}` });
      ran = [await runJob(db, job, now)];
    }
    return reply(ran.every((r) => r.ok) ? 200 : 500, { ok: ran.every((r) => r.ok), ran });
  } catch (err) {
    logError('tick_failed', { job: name, error: String((err as Error)?.stack ?? err) });
    return reply(500, { ok: false, error: 'temporarily unavailable' });
  }
}

function jobParam(e: HttpEvent): string | undefined {
  const fromQuery = e.queryStringParameters?.job;
  if (typeof fromQuery === 'string') return fromQuery;
  if (typeof e.body !== 'string' || !e.body) return undefined;
  try {
    const body = JSON.parse(e.isBase64Encoded ? Buffer.from(e.body, 'base64').toString('utf8') : e.body) as { job?: unknown };
    return typeof body?.job === 'string' ? body.job : undefined;
  } catch {
    return undefined;
  }
}

function reply(statusCode: number, body: object) {
  return { statusCode, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), isBase64Encoded: false };
}
