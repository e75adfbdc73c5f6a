import type { Database } from '../../shared/runtime/cloud';
import type { EventDoc, EventSignupDoc, UserDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { docsByIds, getDoc, insertOnce, updatedCount } from '../../shared/runtime/documents';
import { applyOnce, wasApplied } from '../../shared/runtime/journal';
import { issueCode, voidCode } from '../../shared/verify-codes';
import { signupRefusal } from '../../shared/domain/partner';
import { eventTimes, placeOf, signupIdOf, ticketRef } from './events';

/**
 * 线下活动 sign-ups. While the caller's page read shows a free seat and nobody waiting,
 * a sign-up takes its seat first (seatFirst): the journaled conditional update of the
 * event's `seated` under the sign-up's seat key, then the sign-up written `going` with
 * its ticket due (tickets.ts issues it). Otherwise it joins the waitlist; seats are then
 * given strictly in queue order (queuedAt, _id) by `fill`, each by the same journaled
 * conditional update (runtime/journal.ts), which never passes capacity, so any number
 * of concurrent sign-ups seat exactly `capacity` members. Every step is idempotent: a
 * call that died midway is finished by the next fill or by the timer (event-tick.ts),
 * which also gives back a seat taken first by a call that died before writing its
 * sign-up (recoverSeats).
 */

const seatKey = (s: Pick<EventSignupDoc, '_id' | 'round'>) => `seat:${ticketRef(s)}`;
const releaseKey = (s: Pick<EventSignupDoc, '_id' | 'round'>) => `release:${ticketRef(s)}`;
/** Once full, at most this many times the capacity may wait (a longer waitlist has no chance). */
const WAITLIST_FACTOR = 2;

/** What the caller's page read saw (readEventPage): the event, their sign-up, the sign-ups waiting and holding seats. */
export interface SeenEvent {
  event: EventDoc;
  mine: EventSignupDoc | null;
  waitlist: number;
  holding: number;
}

/**
 * Whether the waitlist is full: the event is full and twice its capacity wait. Counted
 * from the sign-ups (a seat counted but not yet handed over is still waiting: it is
 * counted once among all the sign-ups in play, which a full event's capacity holds).
 */
const waitlistFull = ({ event, waitlist, holding }: SeenEvent) => event.seated >= event.capacity && waitlist + holding >= (1 + WAITLIST_FACTOR) * event.capacity;

/**
 * 报名: queue the caller (once per round), then seat the queue up to them; a repeat
 * answers the sign-up as it is, writing nothing. Answers what the fill did (`mine`: the
 * caller's sign-up when this call seated it) or the repeat's sign-up as it is.
 */
export async function signUp(db: Database, seen: SeenEvent, user: UserDoc, now: Date): Promise<Filled> {
  const { event, mine } = seen;
  if (mine?.status === 'going' || mine?.status === 'attended') return { handed: 0, mine };
  if (!mine || mine.status === 'cancelled') {
    const refusal = signupRefusal(eventTimes(event), user.tier, now);
    if (refusal) throw new AppError(refusal.code, refusal.message);
    if (waitlistFull(seen)) throw new AppError('EVENT_FULL', '名额和候补都已满，下次早点来');
    if (seen.waitlist === 0 && event.seated < event.capacity) {
      const first = await seatFirst(db, event, user._id, mine, now);
      if (first === 'again') return signUp(db, { ...seen, mine: await getDoc<EventSignupDoc>(db, 'eventSignups', signupIdOf(event._id, user._id)) }, user, now);
      if (first) return first;
    }
    const queued = await queue(db, event, user._id, mine, now);
    // Full as read: nothing to hand over now. A seat given back meanwhile is handed on by the
    // canceller's fill, the next sign-up's, or partnerTick's; the caller waits, last in line.
    if (queued && event.seated >= event.capacity) return { handed: 0, mine: null, queued };
  }
  return fill(db, event._id, now, { until: signupIdOf(event._id, user._id), known: event });
}

/**
 * The fast path: the seat first (the journaled conditional update under this round's seat
 * key), then the sign-up written `going` with its ticket due, arrived at the call's start.
 * Answers null when the event filled meanwhile (the caller queues); what a concurrent
 * repeat wrote for this round (handed 0: the caller reads the page again); 'again' when
 * the timer gave this round's seat back (recoverSeats: its sign-up is cancelled at the
 * round, so the caller starts over from it).
 */
async function seatFirst(db: Database, event: EventDoc, openid: string, cancelled: EventSignupDoc | null, now: Date): Promise<Filled | null | 'again'> {
  const _ = db.command;
  if (cancelled?.seatOwed) await releaseSeat(db, cancelled, now);
  const going: EventSignupDoc = {
    _id: signupIdOf(event._id, openid), eventId: event._id, openid, status: 'going', round: cancelled ? cancelled.round + 1 : 0, queuedAt: now, seatOwed: false,
    token: null, short: null, checkedInAt: null, checkedInBy: null, ticketDue: true, createdAt: cancelled?.createdAt ?? now, updatedAt: now,
  };
  const moved = await applyOnce(db, 'events', event._id, seatKey(going), { seated: 1 }, now, { seated: _.lt(event.capacity), capacity: event.capacity, status: 'published' });
  if (moved === 'refused') return null;
  const { _id, createdAt, ...next } = going;
  const written = cancelled
    ? updatedCount(await db.collection('eventSignups').where({ _id, status: 'cancelled', round: cancelled.round }).update(next)) === 1
    : await insertOnce(db, 'eventSignups', going);
  if (written) return { handed: 1, mine: going };
  // Written meanwhile: by a concurrent repeat (its seat is this one: the fill seats a waitlisted one), or cancelled by the timer.
  const current = await getDoc<EventSignupDoc>(db, 'eventSignups', _id);
  if (current && current.status === 'cancelled' && current.round >= going.round) return 'again';
  return { handed: 0, mine: null };
}

/**
 * Seats a sign-up took first but whose call died before writing it (the seat key's round is
 * past the sign-up's, or there is no sign-up), counted more than `REPAIR_AFTER_MS` ago, go
 * back: the sign-up is first written cancelled at that round (a placeholder when there is
 * none), owing the seat, so a retry of it starts a new round and can never count the seat
 * again, then releaseSeat gives it back once (the journal's release key). Answers how many.
 */
export async function recoverSeats(db: Database, event: EventDoc, now: Date, repairAfterMs: number): Promise<number> {
  const _ = db.command;
  const keys = new Set(event.applied.map((entry) => entry.key));
  const cutoff = now.getTime() - repairAfterMs;
  const taken = event.applied
    .filter((entry) => entry.key.startsWith('seat:') && new Date(entry.at).getTime() <= cutoff && !keys.has(`release:${entry.key.slice(5)}`))
    .map((entry) => {
      const ref = entry.key.slice(5);
      const at = ref.lastIndexOf(':');
      return { _id: ref.slice(0, at), round: Number(ref.slice(at + 1)) };
    })
    .filter((s) => s._id.startsWith(`${event._id}_`) && Number.isInteger(s.round));
  if (!taken.length) return 0;
  const signups = await docsByIds<EventSignupDoc>(db, 'eventSignups', taken.map((s) => s._id));
  let recovered = 0;
  for (const { _id, round } of taken) {
    const current = signups.get(_id);
    if (current && current.round >= round) continue; // written: the seat is the sign-up's (cancelling it gives it back)
    if (current && (current.status !== 'cancelled' || current.seatOwed)) continue; // another round in play: its own debt first
    const owing = { status: 'cancelled' as const, round, seatOwed: true, token: null, short: null, updatedAt: now };
    const openid = _id.slice(event._id.length + 1);
    const placeholder: EventSignupDoc = {
      _id, eventId: event._id, openid, queuedAt: now, checkedInAt: null, checkedInBy: null, createdAt: now, ...owing,
    };
    const claimed = current
      ? updatedCount(await db.collection('eventSignups').where({ _id, status: 'cancelled', round: current.round, seatOwed: false }).update({ ...owing, ticketDue: _.remove() })) === 1
      : await insertOnce(db, 'eventSignups', placeholder);
    if (!claimed) continue; // written meanwhile: the next tick looks again
    await releaseSeat(db, current ? { ...current, ...owing } : placeholder, now);
    recovered++;
  }
  return recovered;
}

/**
 * Joins the waitlist: a first sign-up is inserted; a cancelled one comes back as
 * its next round. Arrival (queuedAt) is the database's time of the write, so a
 * sign-up written after a seat was given can never have arrived before it.
 */
/** Puts the caller on the waitlist; the sign-up as written (its arrival as the call's start), null when a concurrent repeat wrote it. */
async function queue(db: Database, event: EventDoc, openid: string, cancelled: EventSignupDoc | null, now: Date): Promise<EventSignupDoc | null> {
  const queuedAt = db.serverDate({ offset: 0 }) as unknown as Date;
  if (!cancelled) {
    const doc: EventSignupDoc = {
      _id: signupIdOf(event._id, openid), eventId: event._id, openid, status: 'waitlist', round: 0, queuedAt, seatOwed: false,
      token: null, short: null, checkedInAt: null, checkedInBy: null, createdAt: now, updatedAt: now,
    };
    return (await insertOnce(db, 'eventSignups', doc)) ? { ...doc, queuedAt: now } : null; // false: a concurrent repeat queued it
  }
  if (cancelled.seatOwed) await releaseSeat(db, cancelled, now);
  const next = { status: 'waitlist' as const, round: cancelled.round + 1, seatOwed: false, token: null, short: null, updatedAt: now };
  const res = await db
    .collection('eventSignups')
    .where({ _id: cancelled._id, status: 'cancelled', round: cancelled.round })
    .update({ ...next, queuedAt, ticketDue: db.command.remove() });
  if (updatedCount(res) !== 1) return null;
  const { ticketDue, ...rest } = cancelled;
  return { ...rest, ...next, queuedAt: now };
}

/** Heads read beyond the free seats (seats counted but not yet handed over). */
const HEADS_EXTRA = 20;

export interface Filled {
  /** Seats this call handed over. */
  handed: number;
  /** The `until` sign-up, when this call seated it (as written), else null. */
  mine: EventSignupDoc | null;
  /** The caller's sign-up put on the waitlist of an event read full (as written). */
  queued?: EventSignupDoc;
}

/**
 * Gives free seats to the waitlist in queue order, until the event is full, the
 * waitlist empty, or `until` (the caller's sign-up) is seated. Who gets a seat is
 * decided by the journaled counts, taken strictly in order (a head is counted only
 * after every head before it); the call that counted a seat hands it over (ticket,
 * then going). Seats another call counted are left to it, except the caller's own
 * and, with `repair` (the timer), any a call that died left half done. `known`, the
 * event as the caller just read it, saves the first read while it shows a free seat
 * (a stale one is safe: each count is a conditional update that re-reads on refusal).
 */
export async function fill(db: Database, eventId: string, now: Date, opts: { until?: string; repair?: boolean; known?: EventDoc } = {}): Promise<Filled> {
  const _ = db.command;
  const done: Filled = { handed: 0, mine: null };
  for (let pass = 0; ; pass++) {
    const known = pass === 0 && opts.known && opts.known.seated < opts.known.capacity ? opts.known : null;
    const event = known ?? (await getDoc<EventDoc>(db, 'events', eventId));
    if (!event || event.status !== 'published' || now >= new Date(event.startAt) || pass > event.capacity + 5) return done;
    const counted = new Set(event.applied.map((entry) => entry.key));
    let free = event.capacity - event.seated;
    const limit = Math.min(Math.max(free, 0) + HEADS_EXTRA, 100);
    const res = await db.collection('eventSignups').where({ eventId, status: 'waitlist' }).orderBy('queuedAt', 'asc').orderBy('_id', 'asc').limit(limit).get();
    const heads = res.data as EventSignupDoc[];
    let again = heads.length === limit;
    for (const head of heads) {
      const mine = head._id === opts.until;
      let seated: EventSignupDoc | null = null;
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
        seated = await seat(db, event, head, now);
      } else if (mine || opts.repair) {
        seated = await seat(db, event, head, now);
      }
      if (seated) done.handed++;
      if (mine) return { ...done, mine: seated };
    }
    if (!again) return done;
  }
}

/** Hands a counted seat to its sign-up with a ticket (the sign-up as written: this call did); gives it back if the member cancelled meanwhile. */
async function seat(db: Database, event: EventDoc, head: EventSignupDoc, now: Date): Promise<EventSignupDoc | null> {
  const ticket = await issueCode(db, { kind: 'ticket', ownerOpenid: head.openid, placeId: placeOf(event), ref: ticketRef(head), expiresAt: event.endAt }, now);
  const going = { status: 'going' as const, token: ticket._id, short: ticket.short, updatedAt: now };
  const res = await db.collection('eventSignups').where({ _id: head._id, status: 'waitlist', round: head.round }).update(going);
  if (updatedCount(res) === 1) return { ...head, ...going };
  const current = await getDoc<EventSignupDoc>(db, 'eventSignups', head._id);
  if (current && (current.round !== head.round || current.status === 'cancelled')) await giveBack(db, head, now);
  return null;
}

/** The ticket of one round stops working: by its token when the sign-up holds it, else by its ref (issued, not yet handed over). */
async function voidTicket(db: Database, s: EventSignupDoc): Promise<void> {
  if (s.token === null) return voidCode(db, 'ticket', ticketRef(s));
  await db.collection('verifyCodes').where({ _id: s.token, status: 'active' }).update({ status: 'void' });
}

/** The seat of one round goes back to the event (once) and its ticket stops working. */
async function giveBack(db: Database, s: EventSignupDoc, now: Date): Promise<void> {
  await voidTicket(db, s);
  await applyOnce(db, 'events', s.eventId, releaseKey(s), { seated: -1 }, now);
}

/** Finishes a cancellation: the seat it held (if any) is released, then the debt is cleared. */
export async function releaseSeat(db: Database, s: EventSignupDoc, now: Date): Promise<void> {
  if (s.token !== null || (await wasApplied(db, 'events', s.eventId, seatKey(s)))) await giveBack(db, s, now);
  await db.collection('eventSignups').where({ _id: s._id, round: s.round, seatOwed: true }).update({ seatOwed: false, updatedAt: now });
}

/**
 * 取消报名: before the start only; once checked in, never. The sign-up is marked
 * cancelled with its seat owed (one conditional update), its seat (if it held one)
 * goes back with the ticket voided, and the first waitlisted members move up. The
 * debt stays marked until the timer confirms it (releaseSeat: the journal keeps the
 * give-back once), which also covers a seat counted for it that was never handed over.
 * Answers the sign-up as cancelled, whether it held a seat, and how many others were seated.
 */
export async function cancelSignUp(db: Database, seen: SeenEvent, openid: string, now: Date): Promise<{ signup: EventSignupDoc; held: boolean; filled: number }> {
  const { event } = seen;
  const id = signupIdOf(event._id, openid);
  let signup = seen.mine;
  for (let tries = 0; tries < 3; tries++, signup = await getDoc<EventSignupDoc>(db, 'eventSignups', id)) {
    if (!signup) throw new AppError('NOT_FOUND', '你还没有报名这个活动');
    if (signup.status === 'cancelled') return { signup, held: false, filled: 0 };
    if (signup.status === 'attended') throw new AppError('FORBIDDEN', '已签到，不能取消');
    if (now >= new Date(event.startAt)) throw new AppError('DEAL_NOT_ACTIVE', '活动已开始，不能取消报名');
    const cancelled = { status: 'cancelled' as const, seatOwed: true, updatedAt: now };
    const res = await db.collection('eventSignups').where({ _id: id, status: signup.status, round: signup.round }).update(cancelled);
    if (updatedCount(res) !== 1) continue; // seated meanwhile: read it again
    const held = signup.status === 'going' || signup.token !== null || event.applied.some((entry) => entry.key === seatKey(signup!));
    if (held) await giveBack(db, signup, now);
    const filled = held && seen.waitlist > 0 ? (await fill(db, event._id, now)).handed : 0;
    return { signup: { ...signup, ...cancelled }, held, filled };
  }
  throw new AppError('CONFLICT');
}
