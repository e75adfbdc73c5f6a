import type { EventDetail } from '../../shared/api';
import type { EventDoc, PartnerDoc, UserDoc } from '../../shared/model';
import type { ActionContext } from '../../shared/runtime/router';
import { action } from '../../shared/runtime/router';
import { joinedOne, lookupById } from '../../shared/runtime/aggregate';
import { eventSchema, EventInput, saveEvent as save, SaveKnown } from '../flows/event-save';
import { detailOf, eventDetail } from '../flows/event-views';
import { readStaffCaller } from '../flows/staff';

/** The editor, the partners they serve, the partner entered and the event edited, in one read (readStaffCaller). */
async function editorRead(ctx: ActionContext, input: EventInput): Promise<{ me: UserDoc; allowed: string[] | null; known: SaveKnown }> {
  const lookups = [
    ...(input.partnerId ? [lookupById('partners', input.partnerId, 'partner')] : []),
    ...(input.eventId ? [lookupById('events', input.eventId, 'existing')] : []),
  ];
  const { me, allowed, row } = await readStaffCaller(ctx.db, ctx.openid, ctx.user, lookups);
  return { me, allowed, known: { existing: joinedOne<EventDoc>(row, 'existing'), partner: joinedOne<PartnerDoc>(row, 'partner') } };
}

/**
 * Staff of the host partner: create or edit their own partner's events. A new event
 * takes two round trips (the editor's read, the event written) and is answered from
 * what was written; an edit reads the page again (the waitlist may have moved up).
 */
export const saveEvent = action({
  input: eventSchema,
  async handler(input, ctx): Promise<{ event: EventDetail }> {
    const { db, openid, now } = ctx;
    const { me, allowed, known } = await editorRead(ctx, input);
    const event = await save(db, input, { openid, allowed }, now, known);
    if (input.eventId) return { event: await eventDetail(db, event, me, now) };
    return { event: detailOf({ event, host: known.partner, me, mine: null, ticket: null, waitlist: 0, holding: 0, attendees: [], posts: [] }, me, 0, now) };
  },
});
