import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { makePartner, partnerCall, pt } from '../helpers/partner';
import { assertSeats, eventInput, makeEvent, member } from '../helpers/partner-events';
import { newUser } from '../../cloudfunctions/shared/runtime/users';

/**
 * Sign-ups and cancellations answer the event page from the page they read and what
 * they did (not a second read): the answer must be the page a fresh read then shows.
 */
let cloud: TestCloud;
let yoga: string;
beforeAll(async () => {
  cloud = await startTestCloud();
  yoga = await makePartner(cloud, '山月瑜伽', ['yoga-desk']);
});
afterAll(() => cloud.stop());

const page = async (openid: string, eventId: string) => (await pt(cloud, openid, { action: 'getEvent', eventId })).event;
/** A seat taken first is answered before its ticket is issued (the next getEvent issues it): the page but the code. */
const sansTicket = (e: any) => (e.signup ? { ...e, signup: { ...e.signup, token: '', code: '' } } : e);

describe('answers from what the call knows', () => {
  it('answers each sign-up and cancellation with the page a fresh read shows next', async () => {
    const eventId = await makeEvent(cloud, { partnerId: yoga, capacity: 2 });
    const fans = ['ans-a', 'ans-b', 'ans-c', 'ans-d'];
    for (const m of fans) await member(cloud, m);
    for (const m of fans) {
      const { event } = await pt(cloud, m, { action: 'signUp', eventId });
      const next = await page(m, eventId);
      expect(sansTicket(event)).toEqual(sansTicket(next));
      if (next.signup.status === 'going') expect([event.signup.code, next.signup.code]).toEqual(['', expect.stringMatching(/^\d{6}$/)]);
    }
    expect((await page('ans-d', eventId)).signup).toMatchObject({ status: 'waitlist', position: 2 });
    // A seated member leaves (the first waitlisted moves up), a waitlisted one leaves, a seated one leaves with nobody waiting.
    for (const m of ['ans-a', 'ans-d', 'ans-b']) {
      const { event } = await pt(cloud, m, { action: 'cancelSignUp', eventId });
      expect(event).toEqual(await page(m, eventId));
      expect(event.signup.status).toBe('cancelled');
    }
    const { event, signups } = await assertSeats(cloud, eventId);
    expect(event.seated).toBe(1);
    expect(signups.filter((s) => s.status === 'going').map((s) => s.openid)).toEqual(['ans-c']);
    // A repeat writes nothing and answers the same page.
    const again = await pt(cloud, 'ans-b', { action: 'cancelSignUp', eventId });
    expect(again.event).toEqual(await page('ans-b', eventId));
  });

  it('answers a new event to its staff as its page then reads', async () => {
    const { event } = await pt(cloud, 'yoga-desk', { action: 'saveEvent', ...eventInput({ partnerId: yoga, title: '周末冥想' }) });
    expect(event).toEqual(await page('yoga-desk', event.eventId));
  });
});

describe('members without a profile', () => {
  it('shows the page to a first-time caller, and lists them among the attendees once they sign up', async () => {
    const eventId = await makeEvent(cloud, { capacity: 5 });
    const ghost = 'first-timer-9z';
    const seen = await page(ghost, eventId);
    expect(seen).toMatchObject({ going: 0, signup: null, signupBlockedReason: '', canManage: false });
    const { event } = await pt(cloud, ghost, { action: 'signUp', eventId });
    expect(event.signup.status).toBe('going');
    expect((await cloud.db.collection('users').doc(ghost).get()).data).toHaveLength(1);
    expect(event.attendees).toEqual([{ nickname: newUser(ghost, new Date()).nickname, avatar: '' }]);
    expect(sansTicket(event)).toEqual(sansTicket(await page(ghost, eventId)));
  });
});

describe('the partner console', () => {
  it("shows its events as the caller's event list does (waitlist and the caller's own sign-up)", async () => {
    const eventId = await makeEvent(cloud, { partnerId: yoga, capacity: 1, title: '控制台活动' });
    for (const m of ['con-a', 'con-b']) {
      await member(cloud, m);
      await pt(cloud, m, { action: 'signUp', eventId });
    }
    await pt(cloud, 'yoga-desk', { action: 'signUp', eventId });
    const view = await pt(cloud, 'yoga-desk', { action: 'partnerConsole' });
    const { items } = await pt(cloud, 'yoga-desk', { action: 'listEvents', partnerId: yoga });
    const card = view.events.find((e: { eventId: string }) => e.eventId === eventId);
    expect(card).toEqual(items.find((e: { eventId: string }) => e.eventId === eventId));
    expect(card).toMatchObject({ going: 1, waitlist: 2, mine: 'waitlist', partnerName: '山月瑜伽' });
    const stranger = await partnerCall(cloud, 'con-a', { action: 'partnerConsole' });
    expect([stranger.error.code, stranger.error.message]).toEqual(['FORBIDDEN', '只有合作伙伴的店员可以核销']);
  });
});
