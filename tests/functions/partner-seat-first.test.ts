import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { runTimer } from '../helpers/groupbuy';
import { drainOutbox, makePartner, partnerCall, pt } from '../helpers/partner';
import { assertSeats, codeDoc, HOUR, makeEvent, member, readEvent, signupOf } from '../helpers/partner-events';
import { applyOnce } from '../../cloudfunctions/shared/runtime/journal';
import { now } from '../../cloudfunctions/shared/runtime/clock';
import type { Database } from '../../cloudfunctions/shared/runtime/cloud';

/**
 * Seat-first sign-ups (partner/flows/signups.ts): while the page shows a free seat and
 * nobody waiting, the seat is taken first and the sign-up written going with its ticket due;
 * the ticket is issued by the member's next getEvent or by drainOutbox (flows/tickets.ts);
 * partnerTick gives back a seat whose sign-up was never written.
 */
let cloud: TestCloud;
let yoga: string;
beforeAll(async () => {
  cloud = await startTestCloud();
  yoga = await makePartner(cloud, '山月瑜伽', ['sf-clerk']);
});
afterAll(() => cloud.stop());

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${String(i).padStart(2, '0')}`);
const page = async (openid: string, eventId: string) => (await pt(cloud, openid, { action: 'getEvent', eventId })).event;
const codesOf = async (ref: string) => (await cloud.db.collection('verifyCodes').where({ ref }).get()).data;

describe('seats taken first', () => {
  it('never oversells under concurrent sign-ups, and each seat gets one ticket: by the page read for those who read it, by the drain for the rest', async () => {
    const eventId = await makeEvent(cloud, { partnerId: yoga, capacity: 5 });
    const fans = ids('sf', 14);
    await Promise.all(fans.map((m) => member(cloud, m)));
    const before = await cloud.countAll(['verifyCodes', 'verifyShorts', 'verifyRefs']);
    const calls = await Promise.all(fans.map((m) => partnerCall(cloud, m, { action: 'signUp', eventId })));
    expect(calls.filter((c) => !c.ok)).toEqual([]);
    let { event, signups } = await assertSeats(cloud, eventId);
    expect(event.seated).toBe(5);
    const going = signups.filter((s) => s.status === 'going');
    expect(going).toHaveLength(5);
    // Answered going without a code: the ticket is due, not issued in the request.
    const answered = calls.map((c) => c.data.event.signup);
    expect(answered.filter((a) => a.status === 'going' && a.code === '').length).toBe(going.filter((s) => s.ticketDue).length);
    expect(going.filter((s) => s.ticketDue).length).toBeGreaterThan(0);

    // Three read their page, each three times at once; the drain does the rest.
    const readers = going.slice(0, 3);
    const reads = await Promise.all(readers.flatMap((s) => [0, 1, 2].map(() => page(s.openid, eventId))));
    for (const i of readers.keys()) {
      const codes = reads.slice(3 * i, 3 * i + 3).map((e) => e.signup.code);
      expect(codes[0]).toMatch(/^\d{6}$/);
      expect(new Set(codes).size).toBe(1);
    }
    await Promise.all([drainOutbox(cloud), drainOutbox(cloud)]);
    ({ signups } = await assertSeats(cloud, eventId));
    const seated = signups.filter((s) => s.status === 'going');
    expect(seated.filter((s) => s.ticketDue)).toEqual([]);
    expect(new Set(seated.map((s) => s.token)).size).toBe(5);
    for (const s of seated) expect(await codeDoc(cloud, s.token!)).toMatchObject({ kind: 'ticket', status: 'active', ownerOpenid: s.openid, short: s.short });
    // Exactly one code, one claim and one short code per seat: none left over from the racing reads.
    expect(await cloud.countAll(['verifyCodes', 'verifyShorts', 'verifyRefs'])).toBe(before + 15);
    // The page shows each their ticket as recorded.
    for (const s of seated) expect((await page(s.openid, eventId)).signup).toMatchObject({ status: 'going', token: s.token, code: s.short });
  });

  it('issues a due ticket once when the member reads the page many times at once, and records it on the next read', async () => {
    const eventId = await makeEvent(cloud, { partnerId: yoga, capacity: 3 });
    await member(cloud, 'sf-reader');
    const { event } = await pt(cloud, 'sf-reader', { action: 'signUp', eventId });
    expect(event.signup).toMatchObject({ status: 'going', token: '', code: '' });
    const reads = await Promise.all(Array.from({ length: 8 }, () => page('sf-reader', eventId)));
    expect(new Set(reads.map((e) => e.signup.token)).size).toBe(1);
    expect(reads[0].signup.code).toMatch(/^\d{6}$/);
    expect(await codesOf(`${eventId}_sf-reader:0`)).toHaveLength(1);
    expect((await cloud.db.collection('verifyShorts').where({ token: reads[0].signup.token }).get()).data).toHaveLength(1);
    await page('sf-reader', eventId);
    expect(await signupOf(cloud, eventId, 'sf-reader')).toMatchObject({ token: reads[0].signup.token, short: reads[0].signup.code });
    expect((await signupOf(cloud, eventId, 'sf-reader'))!.ticketDue).toBeUndefined();
  });

  it('issues the ticket by the drain for a member who never reads the page again, once however often it runs', async () => {
    const eventId = await makeEvent(cloud, { partnerId: yoga, capacity: 3 });
    await member(cloud, 'sf-away');
    await pt(cloud, 'sf-away', { action: 'signUp', eventId });
    expect(await signupOf(cloud, eventId, 'sf-away')).toMatchObject({ status: 'going', token: null, ticketDue: true });
    await Promise.all([drainOutbox(cloud), drainOutbox(cloud)]);
    await drainOutbox(cloud);
    const s = (await signupOf(cloud, eventId, 'sf-away'))!;
    expect(s.ticketDue).toBeUndefined();
    expect(await codesOf(`${eventId}_sf-away:0`)).toEqual([expect.objectContaining({ _id: s.token, short: s.short, status: 'active', expiresAt: expect.anything() })]);
    expect((await page('sf-away', eventId)).signup).toMatchObject({ token: s.token, code: s.short });
    // Cancelling voids it and gives the seat back once.
    await pt(cloud, 'sf-away', { action: 'cancelSignUp', eventId });
    expect((await codeDoc(cloud, s.token!)).status).toBe('void');
    expect((await assertSeats(cloud, eventId)).event.seated).toBe(0);
    // Signing up again answers the new round, never the voided ticket, and its page issues a new one.
    const back = await pt(cloud, 'sf-away', { action: 'signUp', eventId });
    expect(back.event.signup).toMatchObject({ status: 'going', token: '', code: '' });
    const shown = (await page('sf-away', eventId)).signup;
    expect(shown.code).toMatch(/^\d{6}$/);
    expect(shown.token).not.toBe(s.token);
    expect((await codeDoc(cloud, shown.token)).status).toBe('active');
  });

  it("cancelling before the ticket is issued gives the seat back once, and a page read that raced the cancellation leaves no working ticket", async () => {
    const eventId = await makeEvent(cloud, { partnerId: yoga, capacity: 3 });
    await member(cloud, 'sf-quick');
    await pt(cloud, 'sf-quick', { action: 'signUp', eventId });
    await Promise.all([page('sf-quick', eventId), pt(cloud, 'sf-quick', { action: 'cancelSignUp', eventId })]);
    await drainOutbox(cloud);
    expect((await assertSeats(cloud, eventId)).event.seated).toBe(0);
    expect((await codesOf(`${eventId}_sf-quick:0`)).filter((c: { status: string }) => c.status === 'active')).toEqual([]);
    // Signing up again is a new round with its own ticket (answered without the last round's).
    const back = await pt(cloud, 'sf-quick', { action: 'signUp', eventId });
    expect(back.event.signup).toMatchObject({ status: 'going', token: '', code: '' });
    const again = await page('sf-quick', eventId);
    expect(again.signup).toMatchObject({ status: 'going', code: expect.stringMatching(/^\d{6}$/) });
    expect(await signupOf(cloud, eventId, 'sf-quick')).toMatchObject({ round: 1, status: 'going' });
    expect((await assertSeats(cloud, eventId)).event.seated).toBe(1);
  });

  it('keeps the queue when others wait: a sign-up behind a waitlist joins it (no seat taken first)', async () => {
    const eventId = await makeEvent(cloud, { partnerId: yoga, capacity: 1 });
    for (const m of ['sf-q1', 'sf-q2', 'sf-q3']) await member(cloud, m);
    await pt(cloud, 'sf-q1', { action: 'signUp', eventId });
    await pt(cloud, 'sf-q2', { action: 'signUp', eventId });
    await pt(cloud, 'sf-q1', { action: 'cancelSignUp', eventId }); // sf-q2 moves up (the queue, with its ticket)
    expect(await signupOf(cloud, eventId, 'sf-q2')).toMatchObject({ status: 'going', token: expect.any(String) });
    const { event } = await pt(cloud, 'sf-q3', { action: 'signUp', eventId });
    expect(event.signup.status).toBe('waitlist');
    await assertSeats(cloud, eventId);
  });
});

describe('a sign-up that died after taking its seat', () => {
  /** What a call that died between the seat and the sign-up left: the seat counted under the sign-up's key, no sign-up. */
  const dieAfterSeat = async (eventId: string, openid: string, round = 0) => {
    const event = await readEvent(cloud, eventId);
    const res = await applyOnce(cloud.db as unknown as Database, 'events', eventId, `seat:${eventId}_${openid}:${round}`, { seated: 1 }, now(), { capacity: event.capacity });
    expect(res).toBe('applied');
  };

  it('has its seat given back by partnerTick exactly once, and its retry takes a new seat (never the given-back one)', async () => {
    const eventId = await makeEvent(cloud, { partnerId: yoga, capacity: 2 }, 2 * 24 * HOUR);
    await member(cloud, 'sf-dead');
    await dieAfterSeat(eventId, 'sf-dead');
    expect((await readEvent(cloud, eventId)).seated).toBe(1);
    // Not yet: a call may still be writing its sign-up.
    await runTimer(cloud, 'partnerTick');
    expect((await readEvent(cloud, eventId)).seated).toBe(1);

    cloud.clock.advance(5 * 60_000);
    const ticks = await Promise.all([runTimer(cloud, 'partnerTick'), runTimer(cloud, 'partnerTick')]);
    expect(ticks.every((t) => t.ok)).toBe(true);
    await runTimer(cloud, 'partnerTick');
    const event = await readEvent(cloud, eventId);
    expect(event.seated).toBe(0);
    expect(event.applied.filter((e) => e.key === `release:${eventId}_sf-dead:0`)).toHaveLength(1);
    expect(await signupOf(cloud, eventId, 'sf-dead')).toMatchObject({ status: 'cancelled', round: 0, seatOwed: false });

    // The retry (same sign-up id) starts a new round: one seat, counted once.
    const retry = await pt(cloud, 'sf-dead', { action: 'signUp', eventId });
    expect(retry.event.signup.status).toBe('going');
    expect(await signupOf(cloud, eventId, 'sf-dead')).toMatchObject({ status: 'going', round: 1, ticketDue: true });
    expect((await assertSeats(cloud, eventId)).event.seated).toBe(1);
    cloud.clock.advance(5 * 60_000);
    await runTimer(cloud, 'partnerTick');
    expect((await assertSeats(cloud, eventId)).event.seated).toBe(1);
  });

  it('is finished by a retry before the timer: the retry keeps the seat its first call counted (not a second), and the timer leaves it', async () => {
    const eventId = await makeEvent(cloud, { partnerId: yoga, capacity: 2 }, 2 * 24 * HOUR);
    await member(cloud, 'sf-retry');
    await dieAfterSeat(eventId, 'sf-retry');
    const retries = await Promise.all([0, 1, 2].map(() => pt(cloud, 'sf-retry', { action: 'signUp', eventId })));
    expect(retries.map((r) => r.event.signup.status)).toEqual(['going', 'going', 'going']);
    expect(await signupOf(cloud, eventId, 'sf-retry')).toMatchObject({ status: 'going', round: 0 });
    expect((await assertSeats(cloud, eventId)).event.seated).toBe(1);
    cloud.clock.advance(5 * 60_000);
    await runTimer(cloud, 'partnerTick');
    expect((await assertSeats(cloud, eventId)).event.seated).toBe(1);
    // A retry after the success answers the same.
    const again = await pt(cloud, 'sf-retry', { action: 'signUp', eventId });
    expect(again.event.signup.status).toBe('going');
    expect((await assertSeats(cloud, eventId)).event.seated).toBe(1);
  });

  it('gives back a re-sign-up round that died (the sign-up still cancelled at the round before), and its retry takes the round after', async () => {
    const eventId = await makeEvent(cloud, { partnerId: yoga, capacity: 2 }, 2 * 24 * HOUR);
    await member(cloud, 'sf-back');
    await pt(cloud, 'sf-back', { action: 'signUp', eventId });
    await pt(cloud, 'sf-back', { action: 'cancelSignUp', eventId });
    cloud.clock.advance(5 * 60_000);
    await runTimer(cloud, 'partnerTick'); // the cancellation's debt confirmed
    await dieAfterSeat(eventId, 'sf-back', 1);
    cloud.clock.advance(5 * 60_000);
    await runTimer(cloud, 'partnerTick');
    expect(await signupOf(cloud, eventId, 'sf-back')).toMatchObject({ status: 'cancelled', round: 1, seatOwed: false });
    expect((await readEvent(cloud, eventId)).seated).toBe(0);
    await pt(cloud, 'sf-back', { action: 'signUp', eventId });
    expect(await signupOf(cloud, eventId, 'sf-back')).toMatchObject({ status: 'going', round: 2 });
    expect((await assertSeats(cloud, eventId)).event.seated).toBe(1);
  });
});
