import { z } from 'zod';
import type { EventCard, StaffTicketView } from '../../shared/api';
import { action } from '../../shared/runtime/router';
import { cursorSchema, idSchema } from '../../shared/runtime/schemas';
import { checkIn } from '../flows/events';
import { eventCards, eventsPage, ticketView } from '../flows/event-views';
import { counterMember, partnerCounter } from '../flows/counter';

const PAGE_SIZE = 10;

/** 线下活动: published events, upcoming soonest first, then past ones latest first. */
export const listEvents = action({
  input: z.object({ cursor: cursorSchema, partnerId: idSchema.optional() }),
  async handler({ cursor, partnerId }, { db, openid, now }): Promise<{ items: EventCard[]; cursor?: string }> {
    const page = await eventsPage(db, { status: 'published', ...(partnerId ? { partnerId } : {}) }, now, cursor, PAGE_SIZE);
    return { items: await eventCards(db, page.items, openid, now), ...(page.cursor ? { cursor: page.cursor } : {}) };
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
