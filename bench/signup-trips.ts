/**
 * A seat-first sign-up's round trips, step by step (issue 18): the sign-up, the page read
 * that issues its ticket, the read that records it, a plain read; and a sign-up that joins
 * the waitlist (the queue path, unchanged). Counted at the emulator on a fresh demo cloud.
 * Alone: `npx tsx bench/signup-trips.ts`.
 */
import { startTestCloud } from '../tests/helpers/test-cloud';

const SHOPPER = 'demo-shopper';

export async function benchSignUpTrips(): Promise<{ step: string; trips: number }[]> {
  const cloud = await startTestCloud({ seed: 'demo' });
  const rows: { step: string; trips: number }[] = [];
  try {
    const call = async (step: string, fn: string, openid: string, data: Record<string, unknown>) => {
      cloud.store.resetCounters();
      const body = await (await cloud.post(`/cloud/${fn}`, data, { 'x-wx-openid': openid })).json();
      if (!body.ok) throw new Error(`${step}: ${body.error.code} ${body.error.message}`);
      if (step) rows.push({ step, trips: cloud.store.counters.requests });
      return body.data;
    };
    const start = Date.now() + 7 * 86_400_000;
    const input = (capacity: number) => ({
      action: 'saveEvent', title: '轮次测试', startAt: new Date(start).toISOString(), endAt: new Date(start + 7_200_000).toISOString(), place: '山月瑜伽',
      partnerId: null, capacity, gate: null, signupOpensAt: '', cover: '', description: '', attendGrowth: 10, status: 'published',
    });
    const open = (await call('', 'admin', 'demo-admin', input(20))).event.eventId;
    await call('signUp (seat first)', 'partner', SHOPPER, { action: 'signUp', eventId: open });
    await call('getEvent (issues the due ticket)', 'partner', SHOPPER, { action: 'getEvent', eventId: open });
    await call('getEvent (records it on the sign-up)', 'partner', SHOPPER, { action: 'getEvent', eventId: open });
    await call('getEvent (nothing due)', 'partner', SHOPPER, { action: 'getEvent', eventId: open });
    await call('signUp (repeat)', 'partner', SHOPPER, { action: 'signUp', eventId: open });
    const full = (await call('', 'admin', 'demo-admin', input(1))).event.eventId;
    await call('', 'partner', 'demo-officer', { action: 'signUp', eventId: full });
    await call('signUp (full: the waitlist)', 'partner', SHOPPER, { action: 'signUp', eventId: full });
  } finally {
    await cloud.stop();
  }
  console.log('\nSeat-first sign-up, round trips per step (demo data, counted at the emulator)');
  for (const r of rows) console.log(`  ${r.step.padEnd(44)} ${String(r.trips).padStart(3)}`);
  return rows;
}

// `require.main` as Node types it (the app's webpack typings give `require` another type).
if ((require as unknown as NodeJS.Require).main === module) {
  benchSignUpTrips().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
