import type { EventDetail } from '../../shared/api';
import type { EventDoc, PartnerDoc, UserDoc } from '../../shared/model';
import type { ActionContext } from '../../shared/runtime/router';
import { action } from '../../shared/runtime/router';
import { joinedOne, lookupById, readJoined } from '../../shared/runtime/aggregate';
import { eventSchema, EventInput, saveEvent as save, SaveKnown } from '../flows/event-save';
import { detailOf, eventDetail } from '../flows/event-views';
import { allowedOf, servedBy } from '../flows/staff';

/** The editor, the partners they serve, the partner entered and the event edited, in one read (an aggregate from the caller's profile). */
async function editorRead(ctx: ActionContext, input: EventInput): Promise<{ me: UserDoc; allowed: string[] | null; known: SaveKnown }> {
  const { db, openid } = ctx;
  const lookups = [
    servedBy(openid, 'served'),
    ...(input.partnerId ? [lookupById('partners', input.partnerId, 'partner')] : []),
    ...(input.eventId ? [lookupById('events', input.eventId, 'existing')] : []),
  ];
  let row = await readJoined(db, 'users', openid, lookups);
  if (!row) {
    await ctx.user(); // a first call: the profile is made, then read with the rest
    row = (await readJoined(db, 'users', openid, lookups))!;
  }
  const user = { ...row } as Record<string, unknown>;
  for (const joined of ['served', 'partner', 'existing']) delete user[joined];
  return {
    me: user as unknown as UserDoc,
    allowed: allowedOf(user as unknown as UserDoc, row.served as { _id: string }[]),
    known: { existing: joinedOne<EventDoc>(row, 'existing'), partner: joinedOne<PartnerDoc>(row, 'partner') },
  };
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
    return { event: detailOf({ event, host: known.partner, me, mine: null, waitlist: 0, holding: 0, attendees: [], posts: [] }, me, 0, now) };
  },
});
