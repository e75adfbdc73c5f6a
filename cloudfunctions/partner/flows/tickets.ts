import type { Database } from '../../shared/runtime/cloud';
import type { EventDoc, EventSignupDoc, VerifyCodeDoc } from '../../shared/model';
import { docsByIds, getDoc, updatedCount } from '../../shared/runtime/documents';
import { Budget, eachWithin, UNBOUNDED } from '../../shared/runtime/budget';
import { logError } from '../../shared/runtime/logger';
import { issueCode, voidCode } from '../../shared/verify-codes';
import { placeOf, ticketRef } from './events';
import type { EventPage } from './event-page';

/**
 * Tickets of seat-first sign-ups (signups.ts): the sign-up is written `going` with
 * `ticketDue` and no ticket; the ticket is issued by the member's next page read
 * (ticketOnPage) or, for one who never reads it again, by drainOutbox (issueDueTickets).
 * Both go through issueCode, whose ref claim makes one ticket per round however many
 * issue it at once; the sign-up then records it and loses the mark (recordTicket).
 */

const BATCH = 50;

const ticketRequest = (event: EventDoc, s: EventSignupDoc) => ({ kind: 'ticket' as const, ownerOpenid: s.openid, placeId: placeOf(event), ref: ticketRef(s), expiresAt: event.endAt });

/** A sign-up holding its seat (going, or checked in by a ticket shown before it was recorded). */
const holds = (s: EventSignupDoc) => s.status === 'going' || s.status === 'attended';

/**
 * The page with the caller's due ticket: issued when the read shows none (three round trips:
 * issueCode skips its claim read), recorded on the sign-up when the read shows it issued
 * (one); the page as it is otherwise. The ticket is answered at once; the drain records one
 * this call issued.
 */
export async function ticketOnPage(db: Database, page: EventPage, now: Date): Promise<EventPage> {
  const { mine, event } = page;
  if (!mine?.ticketDue || mine.status !== 'going' || mine.token || event.status !== 'published') return page;
  if (page.ticket) {
    await recordTicket(db, mine, page.ticket, now);
    return { ...page, mine: { ...mine, token: page.ticket._id, short: page.ticket.short, ticketDue: false } };
  }
  const code = await issueCode(db, ticketRequest(event, mine), now, { unclaimed: true });
  return { ...page, ticket: code, mine: { ...mine, token: code._id, short: code.short } };
}

/**
 * The sign-up records its ticket and loses the mark, while it still holds the round the ticket
 * is for; when it no longer does (cancelled meanwhile, whose void ran before this ticket was
 * made), the ticket is voided.
 */
async function recordTicket(db: Database, s: EventSignupDoc, code: VerifyCodeDoc, now: Date): Promise<void> {
  const _ = db.command;
  const res = await db
    .collection('eventSignups')
    .where({ _id: s._id, round: s.round, status: _.in(['going', 'attended']) })
    .update({ token: code._id, short: code.short, ticketDue: _.remove(), updatedAt: now });
  if (updatedCount(res) === 1) return;
  const current = await getDoc<EventSignupDoc>(db, 'eventSignups', s._id);
  if (current && current.round === s.round && holds(current)) return; // recorded by a concurrent call
  await voidCode(db, 'ticket', code.ref);
}

/**
 * One due sign-up: its ticket issued and recorded; one no longer holding a seat has any ticket
 * a racing read made voided, and loses the mark (so does one of a cancelled event: no ticket).
 */
async function settle(db: Database, event: EventDoc | undefined, s: EventSignupDoc, now: Date): Promise<void> {
  if (event?.status === 'published' && holds(s)) return recordTicket(db, s, await issueCode(db, ticketRequest(event, s), now), now);
  if (s.status === 'cancelled') await voidCode(db, 'ticket', ticketRef(s));
  await db.collection('eventSignups').where({ _id: s._id, round: s.round, status: s.status, ticketDue: true }).update({ ticketDue: db.command.remove() });
}

/**
 * The outbox's part (drainOutbox, every minute): sign-ups seated without a ticket get it
 * (settle, idempotent), so one who never reopens the page has it too. One that fails keeps
 * its mark for the next run.
 */
export async function issueDueTickets(db: Database, now: Date, budget: Budget = UNBOUNDED): Promise<{ ticketsIssued: number; more: number }> {
  const due = (await db.collection('eventSignups').where({ ticketDue: true }).limit(BATCH).get()).data as EventSignupDoc[];
  if (!due.length) return { ticketsIssued: 0, more: 0 };
  const events = await docsByIds<EventDoc>(db, 'events', due.map((s) => s.eventId));
  let ticketsIssued = 0;
  const more = await eachWithin(due, budget, async (signup) => {
    try {
      await settle(db, events.get(signup.eventId), signup, now);
      ticketsIssued++;
    } catch (err) {
      logError('event_ticket_failed', { signupId: signup._id, error: String(err) });
    }
  });
  return { ticketsIssued, more: more || (due.length === BATCH ? 1 : 0) };
}
