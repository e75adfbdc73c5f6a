import { z } from 'zod';
import type { EventDetail } from '../../shared/api';
import type { UserDoc } from '../../shared/model';
import type { Database } from '../../shared/runtime/cloud';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { insertOnce } from '../../shared/runtime/documents';
import { newUser } from '../../shared/runtime/users';
import { idSchema } from '../../shared/runtime/schemas';
import { afterCancelled, afterQueued, afterSeated, EventPage, readEventPage } from '../flows/event-page';
import { detailOf, positionIn } from '../flows/event-views';
import { cancelSignUp as cancel, signUp as queueAndSeat } from '../flows/signups';
import { ticketOnPage } from '../flows/tickets';

const eventInput = z.object({ eventId: idSchema });

async function pageOf(db: Database, eventId: string, openid: string): Promise<EventPage> {
  const page = await readEventPage(db, eventId, openid);
  if (!page) throw new AppError('NOT_FOUND', '活动不存在');
  return page;
}

/** The page read again (others moved with the caller), as `me` sees it. */
async function reread(db: Database, eventId: string, me: UserDoc, now: Date): Promise<EventDetail> {
  const page = await pageOf(db, eventId, me._id);
  return detailOf(page, me, await positionIn(db, page), now);
}

/**
 * The event page: one joined read, and a count for the caller's place when they wait; a
 * seat-first sign-up's ticket is issued here when due (three round trips, once however many
 * read at once), or recorded when the read shows it issued (one).
 */
export const getEvent = action({
  input: eventInput,
  async handler({ eventId }, { db, openid, now }): Promise<{ event: EventDetail }> {
    const page = await ticketOnPage(db, await pageOf(db, eventId, openid), now);
    return { event: detailOf(page, page.me ?? newUser(openid, now), await positionIn(db, page), now) };
  },
});

/**
 * 报名: a seat while there is one (taken first, the ticket issued by the next getEvent or
 * the outbox: answered `going` without a code), else the waitlist; a repeat changes nothing. The
 * page is answered from the read and what the call did, read again only when the
 * caller waits or others were seated with them. A member's first call makes their
 * profile (attendees are listed by nickname).
 */
export const signUp = action({
  input: eventInput,
  async handler({ eventId }, { db, openid, now }): Promise<{ event: EventDetail }> {
    const page = await pageOf(db, eventId, openid);
    const me = page.me ?? newUser(openid, now);
    if (!page.me) await insertOnce(db, 'users', me);
    const { mine, handed, queued } = await queueAndSeat(db, page, me, now);
    if (mine && mine === page.mine) return { event: detailOf(page, me, 0, now) }; // a repeat: nothing changed
    if (mine && handed === 1) return { event: detailOf(afterSeated(page, mine, me), me, 0, now) };
    if (queued) {
      const waiting = afterQueued(page, queued);
      return { event: detailOf(waiting, me, waiting.waitlist, now) }; // last in line as read; getEvent counts the place exactly
    }
    return { event: await reread(db, eventId, me, now) };
  },
});

/** 取消报名: the seat goes to the first waitlisted member. */
export const cancelSignUp = action({
  input: eventInput,
  async handler({ eventId }, { db, openid, now }): Promise<{ event: EventDetail }> {
    const page = await pageOf(db, eventId, openid);
    const me = page.me ?? newUser(openid, now);
    const { signup, held, filled } = await cancel(db, page, openid, now);
    if (filled) return { event: await reread(db, eventId, me, now) };
    return { event: detailOf(afterCancelled(page, signup, held), me, 0, now) };
  },
});
