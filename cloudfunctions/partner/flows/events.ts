import type { Database } from '../../shared/runtime/cloud';
import type { EventDoc, EventSignupDoc, VerifyCodeDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { getDoc, updatedCount } from '../../shared/runtime/documents';
import { checkAtCounter, CounterRead, redeemChecked, Redeemer } from '../../shared/verify-codes';
import { recordVisit } from './visits';
import { counterSignup, counterVisited } from './counter';

/** The place whose staff check a ticket in: the host partner, or the brand for its own events. */
export const BRAND_PLACE = 'brand';
export const placeOf = (event: Pick<EventDoc, 'partnerId'>) => event.partnerId ?? BRAND_PLACE;
export const signupIdOf = (eventId: string, openid: string) => `${eventId}_${openid}`;
/** A ticket belongs to one round of a sign-up (a member who cancels and signs up again gets a new one). */
export const ticketRef = (s: Pick<EventSignupDoc, '_id' | 'round'>) => `${s._id}:${s.round}`;

/** The event's times as dates, for the pure rules (eventPhase, signupRefusal). */
export function eventTimes(event: EventDoc) {
  return { status: event.status, startAt: new Date(event.startAt), endAt: new Date(event.endAt), signupOpensAt: new Date(event.signupOpensAt), gate: event.gate };
}

export async function loadEvent(db: Database, eventId: string): Promise<EventDoc> {
  const event = await getDoc<EventDoc>(db, 'events', eventId);
  if (!event) throw new AppError('NOT_FOUND', '活动不存在');
  return event;
}

/** Staff may check attendees in from this long before the start; the ticket expires at the end. */
const CHECK_IN_OPENS_MS = 2 * 3_600_000;

export interface Ticket {
  event: EventDoc;
  signup: EventSignupDoc;
  round: number;
}

/** What a ticket's `ref` (`<eventId>_<openid>:<round>`) names, given its owner. */
export function ticketRefOf(code: Pick<VerifyCodeDoc, 'ref' | 'ownerOpenid'>): { signupId: string; eventId: string; round: number } {
  const at = code.ref.lastIndexOf(':');
  const signupId = code.ref.slice(0, at);
  return { signupId, eventId: signupId.slice(0, signupId.length - code.ownerOpenid.length - 1), round: Number(code.ref.slice(at + 1)) };
}

/** The sign-up and event a ticket stands for; `known`: as a read joined them (used when they are the ticket's). */
export async function ticketOf(db: Database, code: VerifyCodeDoc, known?: { signup: EventSignupDoc | null; event: EventDoc | null }): Promise<Ticket> {
  const { signupId, eventId, round } = ticketRefOf(code);
  const joined = known?.signup?._id === signupId && known.event?._id === eventId ? known : null;
  const [signup, event] = joined
    ? [joined.signup, joined.event]
    : await Promise.all([getDoc<EventSignupDoc>(db, 'eventSignups', signupId), getDoc<EventDoc>(db, 'events', eventId)]);
  if (!signup || !event) throw new AppError('NOT_FOUND', '没有找到这张票的报名');
  return { event, signup, round };
}

/**
 * 签到: the ticket is redeemed once (of any number of concurrent check-ins one
 * wins), by staff of the host partner (the brand: anyone), from 2 hours before
 * the start; the sign-up becomes attended and the visit is recorded; attendance
 * growth follows from the outbox (attend). `read`: the counter's one read (counter.ts).
 */
export async function checkIn(db: Database, read: CounterRead, who: Redeemer, now: Date): Promise<Ticket> {
  const found = read.code;
  const seen = found?.kind === 'ticket' ? await ticketOf(db, found, counterSignup(read)) : null;
  const ours = found && (who.allowedPlaceIds === null || who.allowedPlaceIds.includes(found.placeId));
  if (seen && ours && now.getTime() < new Date(seen.event.startAt).getTime() - CHECK_IN_OPENS_MS) {
    throw new AppError('DEAL_NOT_ACTIVE', '活动开始前 2 小时起才能签到');
  }
  const used = await redeemChecked(db, await checkAtCounter(db, read, who, now, 'ticket'), who, now);
  return attend(db, seen!, used, now, { visited: counterVisited(read) });
}

/**
 * Finishes the check-in of a redeemed ticket; safe to repeat (the timer does, for a call
 * that died). The update that makes the sign-up attended also marks its growth due
 * (`growthDue`): the drainOutbox job grants it within the minute (grantDueAttendance).
 * `known.visited`: the member's visit to the partner was read as recorded already.
 */
export async function attend(db: Database, ticket: Ticket, used: VerifyCodeDoc, now: Date, known: { visited?: boolean } = {}): Promise<Ticket> {
  const { event, signup, round } = ticket;
  const checkedInAt = used.usedAt ?? now;
  const res = await db
    .collection('eventSignups')
    .where({ _id: signup._id, status: 'going', round })
    .update({ status: 'attended', checkedInAt, checkedInBy: used.usedBy, ...(event.attendGrowth > 0 ? { growthDue: true } : {}), updatedAt: now });
  if (updatedCount(res) !== 1) {
    const current = await getDoc<EventSignupDoc>(db, 'eventSignups', signup._id);
    if (current?.status !== 'attended' || current.round !== round) throw new AppError('CODE_USED', '报名已取消，不能签到');
  }
  if (event.partnerId && !known.visited) await recordVisit(db, event.partnerId, signup.openid, 'ticket', now);
  return { event, round, signup: { ...signup, status: 'attended', checkedInAt, checkedInBy: used.usedBy } };
}
