/**
 * The round-trip table (issue 18): every action a member can trigger, called once on a fresh
 * demo cloud as a member would, with the database round trips it took (counted at the
 * emulator) beside its budget. Sets a non-zero exit code when one is over.
 * Alone: `npx tsx bench/round-trips.ts`.
 */
import { startTestCloud, TestCloud } from '../tests/helpers/test-cloud';
import { budgetOf, FIRST_SCREEN, FIRST_SCREEN_BYTES } from './round-trip-budgets';
import type { RoundTripCall, Scene } from './round-trips/scene';
import { sceneOf } from './round-trips/scene';
import { groupbuyCalls } from './round-trips/groupbuy';
import { communityCalls } from './round-trips/community';
import { memberCalls } from './round-trips/member';
import { distributionCalls } from './round-trips/distribution';
import { cocreationCalls } from './round-trips/cocreation';
import { partnerCalls, staffCalls } from './round-trips/partner';
import { fmt } from './util';

/** In the order they run: later calls use what earlier ones made (an order, a comment, a code). */
export const ROUND_TRIP_CALLS: readonly RoundTripCall[] = [
  ...groupbuyCalls,
  ...communityCalls,
  ...memberCalls,
  ...distributionCalls,
  ...cocreationCalls,
  ...partnerCalls,
  ...staffCalls,
];

export interface RoundTripRow {
  key: string;
  trips: number;
  budget: number;
  /** The answer's JSON, in bytes. */
  bytes: number;
}

async function measure(s: Scene, c: RoundTripCall): Promise<RoundTripRow> {
  const data = await c.data(s);
  const fn = c.key.split('.')[0];
  s.cloud.store.resetCounters();
  let answer: unknown;
  let bytes = 0;
  if (c.run) {
    answer = await c.run(s);
  } else {
    const res = await s.cloud.post(`/cloud/${fn}`, data, { 'x-wx-openid': c.as });
    const text = await res.text();
    bytes = Buffer.byteLength(text);
    const body = JSON.parse(text);
    if (!body.ok) throw new Error(`${c.key} as ${c.as}: ${body.error.code} ${body.error.message}`);
    answer = body.data;
  }
  const trips = s.cloud.store.counters.requests;
  // Photos' content-check verdicts arrive by themselves some time later: delivered here, between
  // calls and uncounted, so that none lands inside the next call's count.
  await s.cloud.mediaChecks.deliver();
  await c.keep?.(s, answer);
  return { key: c.key, trips, budget: budgetOf(c.key), bytes };
}

/** Runs every call once on `cloud` (a fresh demo seed) and answers the rows. */
export async function roundTripRows(cloud: TestCloud): Promise<RoundTripRow[]> {
  const s = sceneOf(cloud);
  cloud.mediaChecks.hold(true);
  const rows: RoundTripRow[] = [];
  for (const c of ROUND_TRIP_CALLS) rows.push(await measure(s, c));
  return rows;
}

/** Prints the table on its own demo cloud; exit code 1 when a call is over its budget. */
export async function benchRoundTrips(): Promise<RoundTripRow[]> {
  const cloud = await startTestCloud({ seed: 'demo' });
  let rows: RoundTripRow[];
  try {
    rows = await roundTripRows(cloud);
  } finally {
    await cloud.stop();
  }
  const over = rows.filter((r) => r.trips > r.budget);
  console.log('\nDatabase round trips per call, every action a member triggers (demo data, counted at the emulator)');
  console.log(`  ${'call'.padEnd(48)} ${'trips'.padStart(5)} ${'budget'.padStart(6)}  ${'answer'.padStart(9)}`);
  for (const r of rows) {
    const verdict = r.trips > r.budget ? 'OVER' : 'OK';
    const size = r.bytes ? `${fmt(r.bytes / 1024, 1)} KB` : '';
    console.log(`  ${r.key.padEnd(48)} ${String(r.trips).padStart(5)} ${String(r.budget).padStart(6)}  ${size.padStart(9)}  ${verdict}`);
  }
  console.log(`  ${rows.length} calls, ${over.length} over budget${over.length ? `: ${over.map((r) => r.key).join(', ')}` : ''}`);
  const first = rows.find((r) => r.key === FIRST_SCREEN)!;
  const firstOver = first.bytes > FIRST_SCREEN_BYTES;
  console.log(`\nFirst screen: one call (${FIRST_SCREEN}), ${first.trips} round trips, ${fmt(first.bytes / 1024, 1)} KB of JSON (budget ${FIRST_SCREEN_BYTES / 1024} KB)${firstOver ? '  OVER' : ''}`);
  if (firstOver) process.exitCode = 1;
  if (over.length) process.exitCode = 1;
  return rows;
}

// `require.main` as Node types it (the app's webpack typings give `require` another type).
if ((require as unknown as NodeJS.Require).main === module) {
  benchRoundTrips().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
