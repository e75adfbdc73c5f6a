/**
 * The staff counter (核销 and 签到) after it became one read and the outbox: what follows a
 * pickup (the commission's due date, the vouchers by the drain), a check-in that died after
 * its code was used, and a code entered at the wrong counter.
 */
import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { makeDeal, readOrder, runTimer } from '../helpers/groupbuy';
import { dist, makeDistributor } from '../helpers/distribution';
import { fulfil } from '../helpers/fulfilment';
import { arrivedOrders, drainOutbox, makePartner, makePerk, partnerCall, verifyPickup, vouchersWhere } from '../helpers/partner';
import { HOUR, makeEvent, member, signUpAndRead, signupOf } from '../helpers/partner-events';
import { attemptKey } from '../../cloudfunctions/shared/domain/verify-code';
import { now } from '../../cloudfunctions/shared/runtime/clock';
import { codeOf, issueCode, voidCode } from '../../cloudfunctions/shared/verify-codes';

const DAY = 24 * HOUR;
let cloud: TestCloud;
let yoga: string;
beforeAll(async () => {
  cloud = await startTestCloud();
  yoga = await makePartner(cloud, '山月瑜伽', ['counter-clerk']);
});
afterAll(() => cloud.stop());

describe('verifying a pickup', () => {
  it('completes the order, makes its commission due after the after-sale window, and leaves its vouchers to the outbox', async () => {
    const code = await makeDistributor(cloud, 'counter-leader');
    await dist(cloud, 'counter-buyer', { action: 'bind', code });
    const dealId = await makeDeal(cloud, { stockInitial: 20, perUserLimit: 5 });
    const perkId = await makePerk(cloud, dealId, yoga);
    const [{ orderId, code: token }] = await arrivedOrders(cloud, dealId, ['counter-buyer']);
    await runTimer(cloud, 'drainOutbox'); // the payment's follow-up: the commission is written
    expect((await cloud.db.collection('commissions').doc(orderId).get()).data[0]).toMatchObject({ status: 'pending', unfreezeAt: null });

    const res = await verifyPickup(cloud, token);
    expect(res.ok).toBe(true);
    const order = await readOrder(cloud, orderId);
    expect(order).toMatchObject({ status: 'completed', perksDue: true });
    const commission = (await cloud.db.collection('commissions').doc(orderId).get()).data[0];
    expect(new Date(commission.unfreezeAt).getTime()).toBe(new Date(order.completedAt!).getTime() + 7 * DAY);
    expect(await vouchersWhere(cloud, { orderId })).toEqual([]);

    // A retry is refused and changes nothing; the drain issues the voucher once and clears the task.
    expect((await verifyPickup(cloud, token)).error.code).toBe('CODE_USED');
    await Promise.all([drainOutbox(cloud), drainOutbox(cloud)]);
    const vouchers = await vouchersWhere(cloud, { orderId });
    expect(vouchers).toEqual([expect.objectContaining({ perkId, status: 'active', openid: 'counter-buyer' })]);
    expect(await readOrder(cloud, orderId)).toMatchObject({ perksDone: true });
    expect((await readOrder(cloud, orderId)).perksDue).toBeUndefined();
  });

  it('answers a voucher code at the pickup counter NOT_FOUND and counts it as a wrong code', async () => {
    const dealId = await makeDeal(cloud, { stockInitial: 20 });
    await makePerk(cloud, dealId, yoga);
    const [{ code }] = await arrivedOrders(cloud, dealId, ['counter-buyer-2']);
    await verifyPickup(cloud, code);
    await drainOutbox(cloud);
    const [voucher] = await vouchersWhere(cloud, { openid: 'counter-buyer-2' });
    const res = await fulfil(cloud, { action: 'lookupPickup', code: voucher.short });
    expect(res.error.code).toBe('NOT_FOUND');
    expect((await cloud.db.collection('verifyAttempts').doc(attemptKey('demo-admin', now())).get()).data[0].count).toBe(1);
  });
});

describe('a check-in that died after its ticket was used', () => {
  it('is finished when the event closes, and its growth granted once by the drain', async () => {
    const eventId = await makeEvent(cloud, { partnerId: yoga, attendGrowth: 25 }, HOUR);
    await member(cloud, 'counter-guest');
    const { signup } = await signUpAndRead(cloud, 'counter-guest', eventId); // the page read issues the ticket (not yet recorded on the sign-up)
    const growth = async () => (await cloud.db.collection('users').doc('counter-guest').get()).data[0].growth;
    const before = await growth();
    // The call died right after the conditional update of the code.
    await cloud.db.collection('verifyCodes').doc(signup.token).update({ status: 'used', usedAt: new Date(), usedBy: 'counter-clerk' });
    const again = await partnerCall(cloud, 'counter-clerk', { action: 'checkInAttendee', code: signup.code });
    expect([again.error.code, again.error.message]).toEqual(['CODE_USED', '这张票已经签到过了']);
    expect((await signupOf(cloud, eventId, 'counter-guest'))!.status).toBe('going');

    cloud.clock.advance(4 * DAY);
    await runTimer(cloud, 'partnerTick');
    expect(await signupOf(cloud, eventId, 'counter-guest')).toMatchObject({ status: 'attended', checkedInBy: 'counter-clerk', growthDue: true });
    await Promise.all([drainOutbox(cloud), drainOutbox(cloud)]);
    await runTimer(cloud, 'partnerTick');
    await drainOutbox(cloud);
    expect(await growth()).toBe(before + 25);
    expect((await cloud.db.collection('grants').doc(`event:${eventId}:counter-guest`).get()).data).toHaveLength(1);
    expect((await cloud.db.collection('partnerVisits').doc(`${yoga}_counter-guest`).get()).data[0]).toMatchObject({ via: 'ticket' });
  });
});

describe('issuing a code', () => {
  it('makes one code of (kind, ref) under 20 concurrent issues, every call answering it; voiding makes it void', async () => {
    const req = { kind: 'ticket' as const, ownerOpenid: 'issue-owner', placeId: yoga, ref: `issue-test_issue-owner:0`, expiresAt: null };
    const codes = await Promise.all(Array.from({ length: 20 }, () => issueCode(cloud.db, req, now())));
    expect(new Set(codes.map((c) => c._id)).size).toBe(1);
    expect(new Set(codes.map((c) => c.short)).size).toBe(1);
    const stored = (await cloud.db.collection('verifyCodes').where({ ref: req.ref }).get()).data;
    expect(stored).toEqual([expect.objectContaining({ _id: codes[0]._id, short: codes[0].short, status: 'active', kind: 'ticket' })]);
    // Short codes the losers reserved went back: only the winner's stays.
    expect((await cloud.db.collection('verifyShorts').where({ token: cloud.db.command.in(codes.map((c) => c._id)) }).get()).data).toHaveLength(1);
    expect(await codeOf(cloud.db, 'ticket', req.ref)).toMatchObject({ _id: codes[0]._id });
    // A repeat answers the same code.
    expect((await issueCode(cloud.db, req, now()))._id).toBe(codes[0]._id);

    await Promise.all([voidCode(cloud.db, 'ticket', req.ref), voidCode(cloud.db, 'ticket', req.ref)]);
    expect((await codeOf(cloud.db, 'ticket', req.ref))!.status).toBe('void');
  });
});
