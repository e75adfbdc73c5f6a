/**
 * `npm run analytics:backfill [-- --from 2026-10-01 --to 2026-11-30]`: rebuilds every
 * 数据看板 rollup of the range (default: from the first record to yesterday) from the
 * raw records. Idempotent: running it again writes the same documents.
 *
 * With the local cloud running (PORT, default 8787) it calls analytics.backfill as the
 * demo admin until done; otherwise it opens the local cloud's data dir (DATA_DIR,
 * default .data) itself and runs the same backfill there.
 */
import { startLocalCloud } from '../emulator/local-cloud';
import { database } from '../cloudfunctions/shared/runtime/cloud';
import { now } from '../cloudfunctions/shared/runtime/clock';
import { backfill } from '../cloudfunctions/analytics/flows/rollup';
import { runningLocalCloud } from './running-cloud';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function viaRunningCloud(url: string, range: { from?: string; to?: string }): Promise<void> {
  let from = range.from;
  const totals = { days: 0, weeks: 0, months: 0 };
  for (;;) {
    const res = await fetch(`${url}/cloud/analytics`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-wx-openid': process.env.ADMIN_OPENID ?? 'demo-admin' },
      body: JSON.stringify({ action: 'backfill', ...(from ? { from } : {}), ...(range.to ? { to: range.to } : {}) }),
    });
    const body = (await res.json()) as { ok: boolean; data?: { days: number; weeks: number; months: number; next: string | null }; error?: { code: string; message: string } };
    if (!body.ok || !body.data) throw new Error(`analytics.backfill: ${body.error?.code} ${body.error?.message}`);
    totals.days += body.data.days;
    totals.weeks += body.data.weeks;
    totals.months += body.data.months;
    if (!body.data.next) break;
    from = body.data.next;
  }
  console.log(`[analytics] rolled ${totals.days} days, ${totals.weeks} weeks, ${totals.months} months through ${url}`);
}

async function main() {
  const range = { from: arg('from'), to: arg('to') };
  const url = await runningLocalCloud();
  if (url) return viaRunningCloud(url, range);
  const cloud = await startLocalCloud({ port: 0, seed: 'none' });
  try {
    const result = await backfill(database(), now(), range);
    console.log(`[analytics] rolled ${result.days} days, ${result.weeks} weeks, ${result.months} months in ${cloud.config.dataDir}`);
  } finally {
    await cloud.close();
  }
}

main().catch((err) => {
  console.error(`[analytics] backfill failed: ${err?.message ?? err}`);
  process.exit(1);
});
