import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { runTimer } from '../helpers/groupbuy';
import { cm } from '../helpers/community';
import { drainOutbox, makePartner, partnerCall, pt } from '../helpers/partner';
import { assertSeats, avatarOf, codeDoc, eventInput, HOUR, makeEvent, member, nicknameOf, readEvent, signUpAndRead, signupOf, signupsOf } from '../helpers/partner-events';

let cloud: TestCloud;
let yoga: string;
let cafe: string;
beforeAll(async () => {
  cloud = await startTestCloud();
  yoga = await makePartner(cloud, '山月瑜伽', ['yoga-clerk']);
  cafe = await makePartner(cloud, '麦田咖啡', ['cafe-clerk'], 'cafe');
});
afterAll(() => cloud.stop());

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${String(i).padStart(2, '0')}`);
const admin = (data: Record<string, unknown>) => cloud.call('admin', data, 'demo-admin');

describe('sign-ups: exact capacity and a waitlist in arrival order', () => {
  let eventId: string;
  const members = ids('fan', 60);

  it('never seats more than capacity: 60 concurrent sign-ups for 20 places → 20 going (seats taken first), 40 waitlisted, each seat with its ticket', async () => {
    eventId = await makeEvent(cloud, { partnerId: yoga });
    await Promise.all(members.map((m) => member(cloud, m)));
    const codesBefore = await cloud.countAll(['verifyCodes']);
    const calls = await Promise.all(members.map((m) => partnerCall(cloud, m, { action: 'signUp', eventId })));
    expect(calls.filter((c) => !c.ok)).toEqual([]);

    let { event, signups } = await assertSeats(cloud, eventId);
    expect(event.seated).toBe(20);
    expect(signups.filter((s) => s.status === 'going')).toHaveLength(20);
    expect(signups.filter((s) => s.status === 'waitlist')).toHaveLength(40);
    // A seat taken first has its ticket due: half the members read their page (issued there), the drain issues the rest's.
    const due = signups.filter((s) => s.ticketDue);
    expect(due.length).toBeGreaterThan(0);
    await Promise.all(due.slice(0, due.length >> 1).map((s) => pt(cloud, s.openid, { action: 'getEvent', eventId })));
    await drainOutbox(cloud);
    ({ signups } = await assertSeats(cloud, eventId));
    expect(signups.filter((s) => s.ticketDue)).toEqual([]);
    // Each seat has its own ticket; nobody waiting holds one.
    const going = signups.filter((s) => s.status === 'going');
    expect(new Set(going.map((s) => s.token)).size).toBe(20);
    for (const s of going) expect(await codeDoc(cloud, s.token!)).toMatchObject({ kind: 'ticket', status: 'active', placeId: yoga, ownerOpenid: s.openid });
    expect(signups.filter((s) => s.status === 'waitlist').every((s) => s.token === null)).toBe(true);
    expect(await cloud.countAll(['verifyCodes'])).toBe(codesBefore + 20);
    // Each caller was answered with their own sign-up.
    for (const [i, call] of calls.entries()) expect(call.data.event.signup.status).toBe(signups.find((s) => s.openid === members[i])!.status);
  }, 20_000);

  it('shows who is going by nickname and avatar only, and a waitlisted member their place in the queue', async () => {
    const signups = await signupsOf(cloud, eventId);
    const seated = signups.filter((s) => s.status === 'going');
    const third = signups.filter((s) => s.status === 'waitlist')[2].openid;
    const { event } = await pt(cloud, third, { action: 'getEvent', eventId });
    expect(event).toMatchObject({ going: 20, waitlist: 40, capacity: 20, phase: 'open', mine: 'waitlist', partnerName: '山月瑜伽', canManage: false });
    expect(event.signup).toEqual({ status: 'waitlist', position: 3, token: '', code: '', checkedInAt: '' });
    expect(event.attendees).toHaveLength(20);
    expect(event.attendees[0]).toEqual({ nickname: nicknameOf(seated[0].openid), avatar: avatarOf(seated[0].openid) });
    const text = JSON.stringify(event);
    for (const m of members) expect(text).not.toContain(m);

    const mine = await pt(cloud, seated[0].openid, { action: 'getEvent', eventId });
    expect(mine.event.signup).toMatchObject({ status: 'going', position: 0, token: seated[0].token, code: seated[0].short });
    expect((await pt(cloud, 'yoga-clerk', { action: 'getEvent', eventId })).event.canManage).toBe(true);
  });

  it('answers a repeated sign-up with the same sign-up, writing nothing', async () => {
    const first = (await signupsOf(cloud, eventId)).find((s) => s.status === 'going')!;
    const before = await cloud.countAll(['eventSignups', 'verifyCodes']);
    const again = await Promise.all([0, 1, 2].map(() => pt(cloud, first.openid, { action: 'signUp', eventId })));
    expect(again.map((a) => a.event.signup.token)).toEqual([first.token, first.token, first.token]);
    expect(await cloud.countAll(['eventSignups', 'verifyCodes'])).toBe(before);
    expect((await readEvent(cloud, eventId)).seated).toBe(20);
  });

  it('moves exactly the first 5 waitlisted up when 5 seated members cancel at once, each with a ticket', async () => {
    const before = await signupsOf(cloud, eventId);
    const waitingBefore = before.filter((s) => s.status === 'waitlist');
    const leaving = before.filter((s) => s.status === 'going').slice(3, 8);
    const next = waitingBefore.slice(0, 5).map((s) => s.openid);
    const calls = await Promise.all(leaving.map((s) => partnerCall(cloud, s.openid, { action: 'cancelSignUp', eventId })));
    expect(calls.filter((c) => !c.ok)).toEqual([]);

    const { event, signups } = await assertSeats(cloud, eventId);
    expect(event.seated).toBe(20);
    const byId = new Map(signups.map((s) => [s.openid, s]));
    for (const s of leaving) {
      expect(byId.get(s.openid)!.status).toBe('cancelled');
      expect((await codeDoc(cloud, s.token!)).status).toBe('void');
    }
    for (const openid of next) {
      const s = byId.get(openid)!;
      expect(s.status).toBe('going');
      expect((await codeDoc(cloud, s.token!)).status).toBe('active');
    }
    expect(signups.filter((s) => s.status === 'waitlist')).toHaveLength(35);
    expect(byId.get(waitingBefore[5].openid)!.status).toBe('waitlist');
    // The timer confirms each give-back (the journal keeps it once) and clears the debt; the seats stay exact.
    cloud.clock.advance(5 * 60_000);
    await runTimer(cloud, 'partnerTick');
    for (const s of leaving) expect(await signupOf(cloud, eventId, s.openid)).toMatchObject({ status: 'cancelled', seatOwed: false });
    expect((await assertSeats(cloud, eventId)).event.seated).toBe(20);
    // A waitlisted member who leaves just drops out; the queue closes up.
    await pt(cloud, waitingBefore[5].openid, { action: 'cancelSignUp', eventId });
    expect((await pt(cloud, waitingBefore[7].openid, { action: 'getEvent', eventId })).event.signup.position).toBe(2);
    await assertSeats(cloud, eventId);
  });

  it('gives a seat back once when a member cancels five times at once: the first waitlisted moves up, nobody else', async () => {
    const before = await signupsOf(cloud, eventId);
    const leaving = before.find((s) => s.status === 'going')!;
    const waiting = before.filter((s) => s.status === 'waitlist');
    const calls = await Promise.all([0, 1, 2, 3, 4].map(() => partnerCall(cloud, leaving.openid, { action: 'cancelSignUp', eventId })));
    expect(calls.filter((c) => !c.ok)).toEqual([]);
    expect(calls.map((c) => c.data.event.signup.status)).toEqual(Array(5).fill('cancelled'));
    const { event, signups } = await assertSeats(cloud, eventId);
    expect(event.seated).toBe(20);
    expect(event.applied.filter((e) => e.key.startsWith(`release:${leaving._id}:`))).toHaveLength(1);
    const byId = new Map(signups.map((s) => [s._id, s]));
    expect(byId.get(waiting[0]._id)!.status).toBe('going');
    expect(waiting.slice(1).map((s) => byId.get(s._id)!.status)).toEqual(Array(waiting.length - 1).fill('waitlist'));
  });

  it('puts a member who cancelled and signs up again at the back of the queue', async () => {
    const [, second] = (await signupsOf(cloud, eventId)).filter((s) => s.status === 'going');
    await pt(cloud, second.openid, { action: 'cancelSignUp', eventId });
    const back = await pt(cloud, second.openid, { action: 'signUp', eventId });
    expect(back.event.signup.status).toBe('waitlist');
    const now = await signupOf(cloud, eventId, second.openid);
    expect(now).toMatchObject({ round: 1, token: null });
    const { signups } = await assertSeats(cloud, eventId);
    expect(signups[signups.length - 1].openid).toBe(second.openid);
  });
});

describe('the tier gate', () => {
  it('keeps an 探索者 out while 共创官 sign up first, then opens to all', async () => {
    const eventId = await makeEvent(cloud, { gate: { tier: 'cocreator', hours: 6 } });
    await member(cloud, 'gate-explorer');
    await member(cloud, 'gate-cocreator', 'cocreator');
    const early = await partnerCall(cloud, 'gate-explorer', { action: 'signUp', eventId });
    expect([early.ok, early.error.code, early.error.message]).toEqual([false, 'FORBIDDEN', '共创官优先报名中，其他会员稍后开放']);
    expect(await signupOf(cloud, eventId, 'gate-explorer')).toBeUndefined();
    const detail = await pt(cloud, 'gate-explorer', { action: 'getEvent', eventId });
    expect(Date.parse(detail.event.gateUntil)).toBeGreaterThan(Date.now());
    expect((await pt(cloud, 'gate-cocreator', { action: 'signUp', eventId })).event.signup.status).toBe('going');

    cloud.clock.advance(6 * HOUR);
    expect((await pt(cloud, 'gate-explorer', { action: 'signUp', eventId })).event.signup.status).toBe('going');
    expect((await pt(cloud, 'gate-explorer', { action: 'getEvent', eventId })).event.gateUntil).toBe('');
  });

  it('tells a member below the gate why they cannot sign up yet, before they try; those who may are told nothing', async () => {
    const eventId = await makeEvent(cloud, { gate: { tier: 'cocreator', hours: 6 } });
    await member(cloud, 'blocked-explorer');
    await member(cloud, 'blocked-officer', 'officer');
    await member(cloud, 'blocked-cocreator', 'cocreator');
    const reasonFor = async (openid: string) => (await pt(cloud, openid, { action: 'getEvent', eventId })).event.signupBlockedReason;
    expect(await reasonFor('blocked-explorer')).toBe('共创官优先报名中，其他会员稍后开放');
    expect(await reasonFor('blocked-officer')).toBe('共创官优先报名中，其他会员稍后开放');
    expect(await reasonFor('blocked-cocreator')).toBe('');

    cloud.clock.advance(6 * HOUR);
    expect(await reasonFor('blocked-explorer')).toBe('');
  });

  it('names the brand, not the app, as the host of its own events', async () => {
    const eventId = await makeEvent(cloud, { partnerId: null });
    await member(cloud, 'brand-fan');
    expect((await pt(cloud, 'brand-fan', { action: 'getEvent', eventId })).event.partnerName).toBe('原野生活');
    const { items } = await pt(cloud, 'brand-fan', { action: 'listEvents' });
    expect(items.find((e: { eventId: string }) => e.eventId === eventId).partnerName).toBe('原野生活');
  });
});

describe('check-in by ticket code', () => {
  let eventId: string;
  beforeAll(async () => {
    eventId = await makeEvent(cloud, { partnerId: yoga, attendGrowth: 40 }, HOUR);
    await Promise.all(['walker', 'quitter', 'poster-x'].map((m) => member(cloud, m)));
    for (const m of ['walker', 'quitter']) await signUpAndRead(cloud, m, eventId);
    await drainOutbox(cloud); // records on each sign-up the ticket its page read issued
  });
  const ticket = async (openid: string) => (await signupOf(cloud, eventId, openid))!;

  it('refuses staff of another partner with WRONG_PARTNER, writing nothing', async () => {
    const { short } = await ticket('walker');
    const before = await cloud.countAll(['grants', 'partnerVisits']);
    const res = await partnerCall(cloud, 'cafe-clerk', { action: 'checkInAttendee', code: short });
    expect([res.error.code, res.error.message]).toEqual(['WRONG_PARTNER', '这张票不是你们门店的活动']);
    expect(await ticket('walker')).toMatchObject({ status: 'going', checkedInAt: null });
    expect(await cloud.countAll(['grants', 'partnerVisits'])).toBe(before);
    const stranger = await partnerCall(cloud, 'walker', { action: 'checkInAttendee', code: short });
    expect(stranger.error.code).toBe('FORBIDDEN');
  });

  it('checks a ticket in once: of 20 concurrent check-ins one wins, growth is granted once and the visit recorded', async () => {
    const { short, token } = await ticket('walker');
    const growthBefore = (await cloud.db.collection('users').doc('walker').get()).data[0].growth;
    const calls = await Promise.all(Array.from({ length: 20 }, (_, i) => partnerCall(cloud, i % 2 ? 'yoga-clerk' : 'demo-admin', { action: 'checkInAttendee', code: i % 3 ? short : token })));
    expect(calls.filter((c) => c.ok)).toHaveLength(1);
    expect(calls.filter((c) => !c.ok).map((c) => c.error.code)).toEqual(Array(19).fill('CODE_USED'));
    expect(calls.find((c) => c.ok)!.data.ticket).toMatchObject({ eventId, eventTitle: '晨间瑜伽', memberNickname: nicknameOf('walker'), status: 'attended' });

    // The growth is the check-in's outbox task: due with the check-in, granted by the drain (once, however often it runs).
    expect(await ticket('walker')).toMatchObject({ status: 'attended', checkedInBy: expect.any(String), growthDue: true });
    await Promise.all([drainOutbox(cloud), drainOutbox(cloud)]);
    await drainOutbox(cloud);
    expect((await ticket('walker')).growthDue).toBeUndefined();
    const grants = (await cloud.db.collection('grants').where({ openid: 'walker' }).get()).data;
    expect(grants).toEqual([expect.objectContaining({ _id: `event:${eventId}:walker`, growth: 40, reason: '参加活动：晨间瑜伽' })]);
    expect((await cloud.db.collection('users').doc('walker').get()).data[0].growth).toBe(growthBefore + 40);
    expect((await cloud.db.collection('partnerVisits').doc(`${yoga}_walker`).get()).data[0]).toMatchObject({ via: 'ticket', partnerId: yoga });
    // An attended member can no longer cancel.
    const cancel = await partnerCall(cloud, 'walker', { action: 'cancelSignUp', eventId });
    expect([cancel.error.code, cancel.error.message]).toEqual(['FORBIDDEN', '已签到，不能取消']);
  });

  it('opens check-in two hours before the start, keeping the ticket until then', async () => {
    const early = await makeEvent(cloud, { partnerId: yoga }, 5 * HOUR);
    await member(cloud, 'early-bird');
    const { signup } = await signUpAndRead(cloud, 'early-bird', early);
    const res = await partnerCall(cloud, 'yoga-clerk', { action: 'checkInAttendee', code: signup.code });
    expect([res.error.code, res.error.message]).toEqual(['DEAL_NOT_ACTIVE', '活动开始前 2 小时起才能签到']);
    expect((await codeDoc(cloud, signup.token)).status).toBe('active');
    const seen = await pt(cloud, 'yoga-clerk', { action: 'lookupCode', code: signup.code });
    expect(seen).toEqual({ kind: 'ticket', ticket: expect.objectContaining({ eventId: early, memberNickname: nicknameOf('early-bird'), status: 'going', checkedInAt: '' }) });
  });

  it("refuses a cancelled sign-up's ticket", async () => {
    const { short } = await ticket('quitter');
    await pt(cloud, 'quitter', { action: 'cancelSignUp', eventId });
    const res = await partnerCall(cloud, 'yoga-clerk', { action: 'checkInAttendee', code: short });
    expect([res.error.code, res.error.message]).toEqual(['CODE_USED', '这张票已失效（报名已取消）']);
    expect((await ticket('quitter')).status).toBe('cancelled');
  });

  it('tags 晒单 with the event only for attendees, and shows them on the event page after it ended', async () => {
    const refused = await cloud.call('community', { action: 'createPost', text: '我也想晒', eventId }, 'poster-x');
    expect([refused.error.code, refused.error.message]).toEqual(['FORBIDDEN', '参加（签到）过这个活动才能为它晒单']);
    expect((await cloud.db.collection('posts').where({ authorOpenid: 'poster-x' }).count()).total).toBe(0);

    const created = await cm(cloud, 'walker', { action: 'createPost', text: '晨间瑜伽太舒服了', eventId });
    expect(created.post.event).toEqual({ eventId, title: '晨间瑜伽' });
    expect((await pt(cloud, 'walker', { action: 'getEvent', eventId })).event.posts).toEqual([]); // not yet ended

    cloud.clock.advance(4 * HOUR);
    const { event } = await pt(cloud, 'poster-x', { action: 'getEvent', eventId });
    expect(event.phase).toBe('ended');
    expect(event.posts).toEqual([{ postId: created.postId, text: '晨间瑜伽太舒服了', image: '', authorNickname: nicknameOf('walker') }]);
    expect(event.attendees).toEqual([{ nickname: nicknameOf('walker'), avatar: avatarOf('walker') }]);
  });
});

describe('saving events', () => {
  it('refuses bad input with a code and a Chinese message, writing nothing', async () => {
    const before = await cloud.countAll(['events']);
    const start = Date.now() + 24 * HOUR;
    const cases: [Record<string, unknown>, string, string][] = [
      [{ startAt: new Date(start).toISOString(), endAt: new Date(start - HOUR).toISOString() }, 'INVALID_ARGUMENT', '结束时间需晚于开始时间'],
      [{ capacity: 0 }, 'INVALID_ARGUMENT', '名额至少 1 人'],
      [{ title: '' }, 'INVALID_ARGUMENT', '请填写活动标题'],
      [{ partnerId: 'no-such-partner' }, 'NOT_FOUND', '合作伙伴不存在'],
    ];
    for (const [bad, code, message] of cases) {
      const res = await admin({ action: 'saveEvent', ...eventInput(bad) });
      expect([res.ok, res.error.code, res.error.message]).toEqual([false, code, expect.stringContaining(message)]);
    }
    expect(await cloud.countAll(['events'])).toBe(before);
  });

  it("lets a partner's staff save events for their own partner only", async () => {
    const own = await pt(cloud, 'yoga-clerk', { action: 'saveEvent', ...eventInput({ partnerId: yoga, title: '山月周末课' }) });
    expect(own.event).toMatchObject({ title: '山月周末课', partnerName: '山月瑜伽', canManage: true, going: 0 });
    expect((await readEvent(cloud, own.event.eventId)).createdBy).toBe('yoga-clerk');

    const before = await cloud.countAll(['events']);
    for (const [openid, input] of [
      ['yoga-clerk', eventInput({ partnerId: cafe })],
      ['yoga-clerk', eventInput({ partnerId: null })],
      ['cafe-clerk', eventInput({ eventId: own.event.eventId, partnerId: cafe })],
      ['a-member', eventInput({ partnerId: yoga })],
    ] as const) {
      const res = await partnerCall(cloud, openid, { action: 'saveEvent', ...input });
      expect(res.error.code).toBe('FORBIDDEN');
    }
    expect(await cloud.countAll(['events'])).toBe(before);
    expect((await readEvent(cloud, own.event.eventId)).partnerId).toBe(yoga);
  });

  it('never lowers capacity below the seats taken; a larger capacity seats the waitlist', async () => {
    const eventId = await makeEvent(cloud, { capacity: 2 });
    const fans = ids('cap', 4);
    await Promise.all(fans.map((m) => member(cloud, m)));
    for (const m of fans) await pt(cloud, m, { action: 'signUp', eventId });
    const low = await admin({ action: 'saveEvent', ...eventInput({ eventId, capacity: 1 }) });
    expect([low.error.code, low.error.message]).toEqual(['CONFLICT', '已有 2 人报名，名额不能少于 2']);
    expect((await readEvent(cloud, eventId)).capacity).toBe(2);
    const raised = await admin({ action: 'saveEvent', ...eventInput({ eventId, capacity: 3 }) });
    expect(raised.data.event).toMatchObject({ capacity: 3, going: 3, waitlist: 1 });
    await assertSeats(cloud, eventId);
  });

  it('keeps the waitlist to twice the capacity once full: EVENT_FULL, nothing written', async () => {
    const eventId = await makeEvent(cloud, { capacity: 1 });
    const fans = ids('full', 4);
    await Promise.all(fans.map((m) => member(cloud, m)));
    for (const m of fans.slice(0, 3)) await pt(cloud, m, { action: 'signUp', eventId });
    const before = await cloud.countAll(['eventSignups']);
    const res = await partnerCall(cloud, fans[3], { action: 'signUp', eventId });
    expect([res.error.code, res.error.message]).toEqual(['EVENT_FULL', '名额和候补都已满，下次早点来']);
    expect(await cloud.countAll(['eventSignups'])).toBe(before);
  });

  it('moves the tickets with the times, and voids them when the event is cancelled', async () => {
    const eventId = await makeEvent(cloud, { capacity: 5 });
    await member(cloud, 'moved');
    const { signup } = await signUpAndRead(cloud, 'moved', eventId);
    const later = eventInput({ eventId, capacity: 5 }, 4 * 24 * HOUR);
    await admin({ action: 'saveEvent', ...later });
    expect(new Date((await codeDoc(cloud, signup.token)).expiresAt!).toISOString()).toBe(later.endAt);
    const cancelled = await admin({ action: 'saveEvent', ...later, status: 'cancelled' });
    expect(cancelled.data.event).toMatchObject({ phase: 'cancelled', status: 'cancelled' });
    expect((await codeDoc(cloud, signup.token)).status).toBe('void');
    expect((await signupOf(cloud, eventId, 'moved'))!.status).toBe('going');
    const refused = await partnerCall(cloud, 'a-member', { action: 'signUp', eventId });
    expect([refused.error.code, refused.error.message]).toEqual(['DEAL_NOT_ACTIVE', '活动已取消']);
  });
});

describe('partnerTick', () => {
  it('repairs a cancellation that died before giving its seat back, and closes ended events', async () => {
    const eventId = await makeEvent(cloud, { capacity: 1 }, 24 * HOUR);
    await Promise.all(['tick-a', 'tick-b'].map((m) => member(cloud, m)));
    await pt(cloud, 'tick-a', { action: 'signUp', eventId });
    await pt(cloud, 'tick-b', { action: 'signUp', eventId });
    // tick-a's cancellation died right after its sign-up changed: the seat is still counted.
    await cloud.db.collection('eventSignups').doc(`${eventId}_tick-a`).update({ status: 'cancelled', seatOwed: true });
    expect((await readEvent(cloud, eventId)).seated).toBe(1);

    cloud.clock.advance(5 * 60_000);
    const ran = await runTimer(cloud, 'partnerTick');
    expect(ran.ok).toBe(true);
    expect(ran.data.seatsReleased).toBeGreaterThanOrEqual(1); // and the debts other tests' cancellations left for the timer
    expect(await signupOf(cloud, eventId, 'tick-a')).toMatchObject({ status: 'cancelled', seatOwed: false });
    expect((await signupOf(cloud, eventId, 'tick-b'))!.status).toBe('going');
    await assertSeats(cloud, eventId);

    cloud.clock.advance(27 * HOUR);
    await runTimer(cloud, 'partnerTick');
    expect((await readEvent(cloud, eventId)).endedAt).toBeTruthy();
    expect((await pt(cloud, 'tick-b', { action: 'getEvent', eventId })).event.phase).toBe('ended');
    // Journals older than half an hour are pruned once nobody owes a seat.
    expect((await readEvent(cloud, eventId)).applied).toEqual([]);
  });

  it('lists upcoming events soonest first, then past ones latest first, a page at a time', async () => {
    for (let i = 1; i <= 6; i++) {
      await makeEvent(cloud, { title: `未来活动 ${i}` }, (7 - i) * 5 * HOUR);
      await makeEvent(cloud, { title: `往期活动 ${i}` }, -i * 5 * HOUR);
    }
    const seen: { eventId: string; startAt: string; phase: string }[] = [];
    let cursor: string | undefined;
    do {
      const page = await pt(cloud, 'a-member', { action: 'listEvents', ...(cursor ? { cursor } : {}) });
      seen.push(...page.items);
      cursor = page.cursor;
    } while (cursor);
    const all = (await cloud.db.collection('events').where({ status: 'published' }).limit(100).get()).data;
    expect(new Set(seen.map((e) => e.eventId)).size).toBe(all.length);
    expect(seen).toHaveLength(all.length);
    const upcoming = seen.filter((e) => e.phase !== 'ended');
    const past = seen.filter((e) => e.phase === 'ended');
    expect(seen).toEqual([...upcoming, ...past]);
    expect(upcoming.map((e) => e.startAt)).toEqual([...upcoming.map((e) => e.startAt)].sort());
    expect(past.map((e) => e.startAt)).toEqual([...past.map((e) => e.startAt)].sort().reverse());
    expect(past.length).toBeGreaterThan(0);
  });
});
