import type { EventDetail } from '../../shared/api';
import { action } from '../../shared/runtime/router';
import { eventSchema, saveEvent as save } from '../../partner/flows/event-save';
import { eventDetail } from '../../partner/flows/event-views';

/** 线下活动: the brand creates or edits any event (its own, or a partner's). */
export const saveEvent = action({
  admin: true,
  input: eventSchema,
  async handler(input, { db, openid, now, user }): Promise<{ event: EventDetail }> {
    const event = await save(db, input, { openid, allowed: null }, now);
    return { event: await eventDetail(db, event, await user(), now) };
  },
});
