import { z } from 'zod';
import type { EventCard, EventDetail, StaffTicketView } from '../../shared/api';
import { action } from '../../shared/runtime/router';
import { cursorSchema, idSchema } from '../../shared/runtime/schemas';
import { cancelSignUp as cancel, checkIn, loadEvent, signUp as queueAndSeat } from '../flows/events';
import { eventCards, eventDetail, eventsPage, ticketView } from '../flows/event-views';
import { eventSchema, saveEvent as save } from '../flows/event-save';
import { allowedPartners } from '../flows/staff';
import { counterMember, partnerCounter } from '../flows/counter';

const PAGE_SIZE = 10;
const eventInput = z.object({ eventId: idSchema });

/** 线下活动: published events, upcoming soonest first, then past ones latest first. */
export const listEvents = action({
  input: z.object({ cursor: cursorSchema, partnerId: idSchema.optional() }),
  async handler({ cursor, partnerId }, { db, openid, now }): Promise<{ items: EventCard[]; cursor?: string }> {
    const page = await eventsPage(db, { status: 'published', ...(partnerId ? { partnerId } : {}) }, now, cursor, PAGE_SIZE);
    return { items: await eventCards(db, page.items, openid, now), ...(page.cursor ? { cursor: page.cursor } : {}) };
  },
});

export const getEvent = action({
  input: eventInput,
  async handler({ eventId }, { db, now, user }): Promise<{ event: EventDetail }> {
    const [event, me] = await Promise.all([loadEvent(db, eventId), user()]);
    return { event: await eventDetail(db, event, me, now) };
  },
});

/** 报名: a seat while there is one, else the waitlist; a repeat changes nothing. */
export const signUp = action({
  input: eventInput,
  async handler({ eventId }, { db, now, user }): Promise<{ event: EventDetail }> {
    const [event, me] = await Promise.all([loadEvent(db, eventId), user()]);
    await queueAndSeat(db, event, me, now);
    return { event: await eventDetail(db, await loadEvent(db, eventId), me, now) };
  },
});

/** 取消报名: the seat goes to the first waitlisted member. */
export const cancelSignUp = action({
  input: eventInput,
  async handler({ eventId }, { db, openid, now, user }): Promise<{ event: EventDetail }> {
    await cancel(db, await loadEvent(db, eventId), openid, now);
    return { event: await eventDetail(db, await loadEvent(db, eventId), await user(), now) };
  },
});

/** Staff: 签到 by the attendee's ticket (scanned or typed). Four round trips: the counter's read, the code, the sign-up, the visit (none when recorded before). */
export const checkInAttendee = action({
  input: z.object({ code: z.string().trim().min(1, '请输入票码').max(64) }),
  async handler({ code }, ctx): Promise<{ ticket: StaffTicketView }> {
    const { read, who } = await partnerCounter(ctx, code);
    const { event, signup } = await checkIn(ctx.db, read, who, ctx.now);
    return { ticket: ticketView(event, signup, counterMember(read)) };
  },
});

/** Staff of the host partner: create or edit their own partner's events. */
export const saveEvent = action({
  input: eventSchema,
  async handler(input, { db, openid, now, user }): Promise<{ event: EventDetail }> {
    const me = await user();
    const event = await save(db, input, { openid, allowed: await allowedPartners(db, me) }, now);
    return { event: await eventDetail(db, event, me, now) };
  },
});
