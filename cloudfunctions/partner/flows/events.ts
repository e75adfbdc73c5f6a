import type { Database } from '../../shared/runtime/cloud';
import type { EventDoc, EventSignupDoc, UserDoc, VerifyCodeDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { getDoc, insertOnce, updatedCount } from '../../shared/runtime/documents';
import { applyOnce, wasApplied } from '../../shared/runtime/journal';
import { checkAtCounter, CounterRead, issueCode, redeemChecked, Redeemer, voidCode } from '../../shared/verify-codes';
import { signupRefusal } from '../../shared/domain/partner';
import { recordVisit } from './visits';
import { counterSignup, counterVisited } from './counter';

/**
 * 线下活动 sign-ups. A sign-up always joins the waitlist first; seats are then
 * given strictly in queue order (queuedAt, _id) by `fill`, each by one journaled
 * conditional update of the event's `seated` (runtime/journal.ts) that never
 * passes capacity, so any number of concurrent sign-ups seat exactly `capacity`
 * members, the earliest ones. Every step is idempotent: a call that died midway
 * is finished by the next fill or by the timer (event-tick.ts).
 */

/** The place whose staff check a ticket in: the host partner, or the brand for its own events. */
export const BRAND_PLACE = 'brand';
export const placeOf = (event: Pick<EventDoc, 'partnerId'>) => event.partnerId ?? BRAND_PLACE;
export const signupIdOf = (eventId: string, openid: string) => `${eventId}_${openid}`;
/** A ticket belongs to one round of a sign-up (a member who cancels and signs up again gets a new one). */
export const ticketRef = (s: Pick<EventSignupDoc, '_id' | 'round'>) => `${s._id}:${s.round}`;
const seatKey = (s: Pick<EventSignupDoc, '_id' | 'round'>) => `seat:${ticketRef(s)}`;
const releaseKey = (s: Pick<EventSignupDoc, '_id' | 'round'>) => `release:${ticketRef(s)}`;
/** Once full, at most this many times the capacity may wait (a longer waitlist has no chance). */
const WAITLIST_FACTOR = 2;

/** The event's times as dates, for the pure rules (eventPhase, signupRefusal). */
export function eventTimes(event: EventDoc) {
  return { status: event.status, startAt: new Date(event.startAt), endAt: new Date(event.endAt), signupOpensAt: new Date(event.signupOpensAt), gate: event.gate };
}

export async function loadEvent(db: Database, eventId: string): Promise<EventDoc> {
  const event = await getDoc<EventDoc>(db, 'events', eventId);
  if (!event) throw new AppError('NOT_FOUND', '活动不存在');
  return event;
}

/** 报名: queue the caller (once per round), then seat the queue; a repeat answers the sign-up as it is. */
export async function signUp(db: Database, event: EventDoc, user: UserDoc, now: Date): Promise<void> {
  const id = signupIdOf(event._id, user._id);
  const signup = await getDoc<EventSignupDoc>(db, 'eventSignups', id);
  if (signup?.status === 'going' || signup?.status === 'attended') return;
  if (!signup || signup.status === 'cancelled') {
    const refusal = signupRefusal(eventTimes(event), user.tier, now);
    if (refusal) throw new AppError(refusal.code, refusal.message);
    await checkWaitlistRoom(db, event);
    await queue(db, event, user._id, signup, now);
  }
  await fill(db, event._id, now, { until: id });
}

async function checkWaitlistRoom(db: Database, event: EventDoc): Promise<void> {
  if (event.seated < event.capacity) return;
  const waiting = (await db.collection('eventSignups').where({ eventId: event._id, status: 'waitlist' }).count()).total ?? 0;
  if (waiting >= WAITLIST_FACTOR * event.capacity) throw new AppError('EVENT_FULL', '名额和候补都已满，下次早点来');
}

/**
 * Joins the waitlist: a first sign-up is inserted; a cancelled one comes back as
 * its next round. Arrival (queuedAt) is the database's time of the write, so a
 * sign-up written after a seat was given can never have arrived before it.
 */
async function queue(db: Database, event: EventDoc, openid: string, cancelled: EventSignupDoc | null, now: Date): Promise<void> {
  const queuedAt = db.serverDate({ offset: 0 }) as unknown as Date;
  if (!cancelled) {
    const doc: EventSignupDoc = {
      _id: signupIdOf(event._id, openid), eventId: event._id, openid, status: 'waitlist', round: 0, queuedAt, seatOwed: false,
      token: null, short: null, checkedInAt: null, checkedInBy: null, createdAt: now, updatedAt: now,
    };
    await insertOnce(db, 'eventSignups', doc); // false: a concurrent repeat queued it
    return;
  }
  if (cancelled.seatOwed) await releaseSeat(db, cancelled, now);
  await db
    .collection('eventSignups')
    .where({ _id: cancelled._id, status: 'cancelled', round: cancelled.round })
    .update({ status: 'waitlist', round: cancelled.round + 1, queuedAt, seatOwed: false, token: null, short: null, updatedAt: now });
}

/** Heads read beyond the free seats (seats counted but not yet handed over). */
const HEADS_EXTRA = 20;

/**
 * Gives free seats to the waitlist in queue order, until the event is full, the
 * waitlist empty, or `until` (the caller's sign-up) is seated; answers how many
 * this call handed over. Who gets a seat is decided by the journaled counts,
 * taken strictly in order (a head is counted only after every head before it);
 * the call that counted a seat hands it over (ticket, then going). Seats another
 * call counted are left to it, except the caller's own and, with `repair` (the
 * timer), any a call that died left half done.
 */
export async function fill(db: Database, eventId: string, now: Date, opts: { until?: string; repair?: boolean } = {}): Promise<number> {
  const _ = db.command;
  let handed = 0;
  for (let pass = 0; ; pass++) {
    const event = await getDoc<EventDoc>(db, 'events', eventId);
    if (!event || event.status !== 'published' || now >= new Date(event.startAt) || pass > event.capacity + 5) return handed;
    const counted = new Set(event.applied.map((entry) => entry.key));
    let free = event.capacity - event.seated;
    const limit = Math.min(Math.max(free, 0) + HEADS_EXTRA, 100);
    const res = await db.collection('eventSignups').where({ eventId, status: 'waitlist' }).orderBy('queuedAt', 'asc').orderBy('_id', 'asc').limit(limit).get();
    const heads = res.data as EventSignupDoc[];
    let again = heads.length === limit;
    for (const head of heads) {
      const mine = head._id === opts.until;
      if (!counted.has(seatKey(head))) {
        if (free <= 0) {
          again = false;
          break;
        }
        const moved = await applyOnce(db, 'events', eventId, seatKey(head), { seated: 1 }, now, { seated: _.lt(event.capacity), capacity: event.capacity, status: 'published' });
        if (moved !== 'applied') {
          again = true; // full, changed, or another call counted it: read again
          break;
        }
        free--;
        if (await seat(db, event, head, now)) handed++;
      } else if (mine || opts.repair) {
        if (await seat(db, event, head, now)) handed++;
      }
      if (mine) return handed;
    }
    if (!again) return handed;
  }
}

/** Hands a counted seat to its sign-up with a ticket (true: this call did); gives it back if the member cancelled meanwhile. */
async function seat(db: Database, event: EventDoc, head: EventSignupDoc, now: Date): Promise<boolean> {
  const ticket = await issueCode(db, { kind: 'ticket', ownerOpenid: head.openid, placeId: placeOf(event), ref: ticketRef(head), expiresAt: event.endAt }, now);
  const res = await db
    .collection('eventSignups')
    .where({ _id: head._id, status: 'waitlist', round: head.round })
    .update({ status: 'going', token: ticket._id, short: ticket.short, updatedAt: now });
  if (updatedCount(res) === 1) return true;
  const current = await getDoc<EventSignupDoc>(db, 'eventSignups', head._id);
  if (current && (current.round !== head.round || current.status === 'cancelled')) await giveBack(db, head, now);
  return false;
}

/** The seat of one round goes back to the event (once) and its ticket stops working. */
async function giveBack(db: Database, s: EventSignupDoc, now: Date): Promise<void> {
  await voidCode(db, 'ticket', ticketRef(s));
  await applyOnce(db, 'events', s.eventId, releaseKey(s), { seated: -1 }, now);
}

/** Finishes a cancellation: the seat it held (if any) is released, then the debt is cleared. */
export async function releaseSeat(db: Database, s: EventSignupDoc, now: Date): Promise<void> {
  if (s.token !== null || (await wasApplied(db, 'events', s.eventId, seatKey(s)))) await giveBack(db, s, now);
  await db.collection('eventSignups').where({ _id: s._id, round: s.round, seatOwed: true }).update({ seatOwed: false, updatedAt: now });
}

/** 取消报名: the seat goes to the first waitlisted member. Before the start only; once checked in, never. */
export async function cancelSignUp(db: Database, event: EventDoc, openid: string, now: Date): Promise<void> {
  const id = signupIdOf(event._id, openid);
  for (let tries = 0; tries < 3; tries++) {
    const signup = await getDoc<EventSignupDoc>(db, 'eventSignups', id);
    if (!signup) throw new AppError('NOT_FOUND', '你还没有报名这个活动');
    if (signup.status === 'cancelled') return;
    if (signup.status === 'attended') throw new AppError('FORBIDDEN', '已签到，不能取消');
    if (now >= new Date(event.startAt)) throw new AppError('DEAL_NOT_ACTIVE', '活动已开始，不能取消报名');
    const res = await db
      .collection('eventSignups')
      .where({ _id: id, status: signup.status, round: signup.round })
      .update({ status: 'cancelled', seatOwed: true, updatedAt: now });
    if (updatedCount(res) !== 1) continue; // seated meanwhile: read it again
    await releaseSeat(db, { ...signup, status: 'cancelled', seatOwed: true }, now);
    await fill(db, event._id, now);
    return;
  }
  throw new AppError('CONFLICT');
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
