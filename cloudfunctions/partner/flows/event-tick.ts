import type { Database } from '../../shared/runtime/cloud';
import type { EventDoc, EventSignupDoc, VerifyCodeDoc } from '../../shared/model';
import { updatedCount } from '../../shared/runtime/documents';
import { JOURNAL_MS, pruneJournal } from '../../shared/runtime/journal';
import { attend, ticketRef } from './events';
import { fill, recoverSeats, releaseSeat } from './signups';
import { Budget, UNBOUNDED } from '../../shared/runtime/budget';

/**
 * A debt older than this is the timer's: a cancellation leaves its debt marked for the timer
 * to confirm (the seat went back once, by the journal), or its call died (calls finish in seconds).
 */
const REPAIR_AFTER_MS = 2 * 60_000;
const BATCH = 100;

/**
 * The events' part of partnerTick: events that ended close (sign-ups left going
 * are no-shows, but a ticket redeemed by a check-in that died counts); releases
 * left half-done are finished; seats taken first by sign-ups that died before being
 * written go back; upcoming events seat their waitlists; journals
 * no sign-up still needs are pruned.
 */
export async function eventTick(db: Database, now: Date, budget: Budget = UNBOUNDED): Promise<Record<string, number>> {
  const step = (run: () => Promise<number>) => (budget.exhausted() ? Promise.resolve(0) : run());
  return {
    eventsEnded: await step(() => closeEnded(db, now, budget)),
    seatsReleased: await step(() => repairReleases(db, now, budget)),
    seatsRecovered: await step(() => recoverUnheld(db, now, budget)),
    seatsFilled: await step(() => fillUpcoming(db, now, budget)),
    eventJournalsPruned: await step(() => pruneJournals(db, now, budget)),
    more: budget.exhausted() ? 1 : 0,
  };
}

async function closeEnded(db: Database, now: Date, budget: Budget): Promise<number> {
  const _ = db.command;
  const res = await db.collection('events').where({ endedAt: null, endAt: _.lte(now) }).limit(BATCH).get();
  let closed = 0;
  for (const event of res.data as EventDoc[]) {
    if (budget.exhausted()) break;
    await finishCheckIns(db, event, now);
    closed += updatedCount(await db.collection('events').where({ _id: event._id, endedAt: null }).update({ endedAt: now, updatedAt: now }));
  }
  return closed;
}

/** Sign-ups still going whose ticket was redeemed: the check-in died after the redemption; finish it (tickets by ref: a seat-first sign-up's may not be recorded on it yet). */
async function finishCheckIns(db: Database, event: EventDoc, now: Date): Promise<void> {
  const _ = db.command;
  for (let after = ''; ; ) {
    const res = await db.collection('eventSignups').where({ eventId: event._id, status: 'going', _id: _.gt(after) }).orderBy('_id', 'asc').limit(BATCH).get();
    const going = res.data as EventSignupDoc[];
    const found = going.length ? ((await db.collection('verifyCodes').where({ ref: _.in(going.map(ticketRef)), kind: 'ticket' }).limit(BATCH).get()).data as VerifyCodeDoc[]) : [];
    const codes = new Map(found.map((c) => [c.ref, c]));
    for (const signup of going) {
      const code = codes.get(ticketRef(signup));
      if (code?.status === 'used') await attend(db, { event, signup, round: signup.round }, code, now);
    }
    if (going.length < BATCH) return;
    after = going[going.length - 1]._id;
  }
}

async function repairReleases(db: Database, now: Date, budget: Budget): Promise<number> {
  const _ = db.command;
  const res = await db.collection('eventSignups').where({ seatOwed: true, updatedAt: _.lte(new Date(now.getTime() - REPAIR_AFTER_MS)) }).limit(BATCH).get();
  const owing: EventSignupDoc[] = [];
  for (const signup of res.data as EventSignupDoc[]) {
    if (budget.exhausted()) break;
    await releaseSeat(db, signup, now);
    owing.push(signup);
  }
  for (const eventId of new Set(owing.map((s) => s.eventId))) await fill(db, eventId, now);
  return owing.length;
}

/** Upcoming events whose journal holds a seat key old enough give back the seats no sign-up holds (recoverSeats); fillUpcoming hands them on. */
async function recoverUnheld(db: Database, now: Date, budget: Budget): Promise<number> {
  const _ = db.command;
  const old = new Date(now.getTime() - REPAIR_AFTER_MS);
  const res = await db.collection('events').where({ status: 'published', startAt: _.gt(now), 'applied.at': _.lte(old) }).limit(BATCH).get();
  let recovered = 0;
  for (const event of res.data as EventDoc[]) if (!budget.exhausted()) recovered += await recoverSeats(db, event, now, REPAIR_AFTER_MS);
  return recovered;
}

/** Upcoming events seat their waitlists (a sign-up or cancellation died before filling, or a seat was half handed over). */
async function fillUpcoming(db: Database, now: Date, budget: Budget): Promise<number> {
  const _ = db.command;
  const res = await db.collection('events').where({ status: 'published', startAt: _.gt(now) }).orderBy('startAt', 'asc').limit(BATCH).get();
  let seated = 0;
  for (const event of res.data as EventDoc[]) if (!budget.exhausted()) seated += (await fill(db, event._id, now, { repair: true })).handed;
  return seated;
}

async function pruneJournals(db: Database, now: Date, budget: Budget): Promise<number> {
  const _ = db.command;
  const cutoff = new Date(now.getTime() - JOURNAL_MS);
  const res = await db.collection('events').where({ 'applied.at': _.lte(cutoff) }).field({ _id: true }).limit(BATCH).get();
  let pruned = 0;
  for (const { _id } of res.data as Pick<EventDoc, '_id'>[]) {
    if (budget.exhausted()) break;
    // While a sign-up still owes its seat back, the release key must stay in the journal.
    const owes = await db.collection('eventSignups').where({ eventId: _id, seatOwed: true }).limit(1).get();
    if (!owes.data.length) pruned += await pruneJournal(db, 'events', _id, cutoff);
  }
  return pruned;
}
