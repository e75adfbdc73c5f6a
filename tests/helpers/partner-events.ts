import type { TestCloud } from './test-cloud';
import type { EventDoc, EventSignupDoc, UserDoc, VerifyCodeDoc } from '../../cloudfunctions/shared/model';
import type { Tier } from '../../cloudfunctions/shared/domain/growth';
import { now } from '../../cloudfunctions/shared/runtime/clock';
import { newUser } from '../../cloudfunctions/shared/runtime/users';
import { adminCall } from './distribution';
import { pt } from './partner';

export const HOUR = 3_600_000;

/** An EventInput: starts in `startsIn` ms, lasts two hours, 20 places, sign-up open now, no gate. */
export function eventInput(overrides: Record<string, unknown> = {}, startsIn = 3 * 24 * HOUR): Record<string, unknown> {
  const start = now().getTime() + startsIn;
  return {
    title: '晨间瑜伽',
    startAt: new Date(start).toISOString(),
    endAt: new Date(start + 2 * HOUR).toISOString(),
    place: '山月瑜伽 2 楼',
    partnerId: null,
    capacity: 20,
    gate: null,
    signupOpensAt: '',
    cover: '',
    description: '带上瑜伽垫',
    attendGrowth: 30,
    status: 'published',
    ...overrides,
  };
}

/** An event saved by the brand (admin.saveEvent); answers its id. */
export async function makeEvent(cloud: TestCloud, overrides: Record<string, unknown> = {}, startsIn?: number): Promise<string> {
  const { event } = await adminCall(cloud, { action: 'saveEvent', ...eventInput(overrides, startsIn) });
  return event.eventId;
}

/** A member's nickname and avatar in these tests: neither contains the openid (views must not leak it). */
export const nicknameOf = (openid: string) => `会员 ${openid.toUpperCase()}`;
export const avatarOf = (openid: string) => `cloud://env.bucket/avatars/${openid.toUpperCase()}.png`;

/** A member with a profile (nickname, avatar, tier) written straight into the database. */
export async function member(cloud: TestCloud, openid: string, tier: Tier = 'explorer'): Promise<void> {
  const user: UserDoc = { ...newUser(openid, now()), nickname: nicknameOf(openid), avatar: avatarOf(openid), tier };
  const { _id, ...fields } = user;
  await cloud.db.collection('users').doc(_id).set(fields);
}

export async function readEvent(cloud: TestCloud, eventId: string): Promise<EventDoc> {
  return (await cloud.db.collection('events').doc(eventId).get()).data[0];
}

/** The event's sign-ups in arrival order (queuedAt, then _id). */
export async function signupsOf(cloud: TestCloud, eventId: string): Promise<EventSignupDoc[]> {
  const res = await cloud.db.collection('eventSignups').where({ eventId }).orderBy('queuedAt', 'asc').orderBy('_id', 'asc').limit(1000).get();
  return res.data as EventSignupDoc[];
}

export async function signupOf(cloud: TestCloud, eventId: string, openid: string): Promise<EventSignupDoc | undefined> {
  return (await cloud.db.collection('eventSignups').doc(`${eventId}_${openid}`).get()).data[0];
}

export async function codeDoc(cloud: TestCloud, token: string): Promise<VerifyCodeDoc> {
  return (await cloud.db.collection('verifyCodes').doc(token).get()).data[0];
}

/** The seat invariant: `seated` equals the sign-ups holding a seat, never past capacity. */
export async function assertSeats(cloud: TestCloud, eventId: string): Promise<{ event: EventDoc; signups: EventSignupDoc[] }> {
  const [event, signups] = await Promise.all([readEvent(cloud, eventId), signupsOf(cloud, eventId)]);
  const holding = signups.filter((s) => s.status === 'going' || s.status === 'attended').length;
  expect(event.seated).toBe(holding);
  expect(event.seated).toBeLessThanOrEqual(event.capacity);
  return { event, signups };
}

/** Signs `openid` up, then reads the page once as the app does (a seat taken first gets its ticket there): the page read. */
export async function signUpAndRead(cloud: TestCloud, openid: string, eventId: string): Promise<any> {
  await pt(cloud, openid, { action: 'signUp', eventId });
  return (await pt(cloud, openid, { action: 'getEvent', eventId })).event;
}
