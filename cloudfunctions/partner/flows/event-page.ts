import type { EventDoc, EventSignupDoc, PartnerDoc, UserDoc, VerifyCodeDoc } from '../../shared/model';
import type { EventDetail } from '../../shared/api';
import type { PostDoc } from '../../community/flows/posts';
import type { Database } from '../../shared/runtime/cloud';
import { joinedOne, lookupById, readJoined } from '../../shared/runtime/aggregate';
import { signupIdOf, ticketRef } from './events';

/** Attendees shown on an event page; posts shown once it ended. */
export const ATTENDEES_SHOWN = 50;
const POSTS_SHOWN = 10;

type Person = EventDetail['attendees'][number];

/** Everything an event page shows, as one caller sees it. */
export interface EventPage {
  event: EventDoc;
  host: PartnerDoc | null;
  /** The caller's profile (null: none yet). */
  me: UserDoc | null;
  mine: EventSignupDoc | null;
  /** The ticket of the caller's sign-up as it is now (its round), when one was issued: a seat-first sign-up's may not be yet (`ticketDue`). */
  ticket: VerifyCodeDoc | null;
  waitlist: number;
  /** Sign-ups going or attended (each holds a seat). */
  holding: number;
  /** Who is going (or went), in arrival order: the first ATTENDEES_SHOWN, members without a profile left out. */
  attendees: (Person & { openid: string })[];
  posts: EventDetail['posts'];
}

type AttendeeRow = { openid: string; user: Pick<UserDoc, 'nickname' | 'avatar'>[] };

/**
 * An event page in one round trip: the event with its host, the caller's profile and
 * sign-up with its latest ticket (any round: the caller's sign-up's own is told apart by its ref), the waitlist's length, the first attendees with their nicknames, and the
 * 晒单 tagged with it (one aggregate from the event); null when there is no such event.
 */
export async function readEventPage(db: Database, eventId: string, openid: string): Promise<EventPage | null> {
  const row = await readJoined(db, 'events', eventId, [
    { from: 'partners', localField: 'partnerId', foreignField: '_id', as: 'host' },
    lookupById('users', openid, 'me'),
    lookupById('eventSignups', signupIdOf(eventId, openid), 'mine'),
    {
      from: 'verifyCodes',
      pipeline: [{ $match: { ref: { $gt: `${signupIdOf(eventId, openid)}:`, $lt: `${signupIdOf(eventId, openid)};` } } }, { $sort: { createdAt: -1 } }, { $limit: 1 }],
      as: 'ticket',
    },
    {
      from: 'eventSignups',
      pipeline: [{ $match: { eventId, status: { $in: ['waitlist', 'going', 'attended'] } } }, { $group: { _id: '$status', n: { $sum: 1 } } }],
      as: 'statuses',
    },
    {
      from: 'eventSignups',
      pipeline: [
        { $match: { eventId, status: { $in: ['going', 'attended'] } } },
        { $sort: { queuedAt: 1, _id: 1 } },
        { $limit: ATTENDEES_SHOWN },
        { $lookup: { from: 'users', localField: 'openid', foreignField: '_id', as: 'user' } },
        { $project: { _id: 0, openid: 1, 'user.nickname': 1, 'user.avatar': 1 } },
      ],
      as: 'attendees',
    },
    { from: 'posts', pipeline: [{ $match: { eventId, status: 'published' } }, { $sort: { createdAt: -1 } }, { $limit: POSTS_SHOWN }], as: 'posts' },
  ]);
  if (!row) return null;
  const { attendees, posts, statuses } = row as { attendees: AttendeeRow[]; posts: PostDoc[]; statuses: { _id: string; n: number }[] };
  const counted = (status: string) => statuses.find((s) => s._id === status)?.n ?? 0;
  const event = { ...row } as Record<string, unknown>;
  for (const joined of ['host', 'me', 'mine', 'ticket', 'statuses', 'attendees', 'posts']) delete event[joined];
  const mine = joinedOne<EventSignupDoc>(row, 'mine');
  const ticket = joinedOne<VerifyCodeDoc>(row, 'ticket');
  return {
    event: event as unknown as EventDoc,
    host: joinedOne<PartnerDoc>(row, 'host'),
    me: joinedOne<UserDoc>(row, 'me'),
    mine,
    ticket: mine && ticket?.ref === ticketRef(mine) ? ticket : null,
    waitlist: counted('waitlist'),
    holding: counted('going') + counted('attended'),
    attendees: attendees.flatMap(({ openid: who, user: [u] }) => (u ? [{ openid: who, nickname: u.nickname, avatar: u.avatar }] : [])),
    posts: posts.map((p) => ({ postId: p._id, text: p.text, image: p.images[0] ?? '', authorNickname: p.author.nickname })),
  };
}

/** The page after the caller took a seat (`mine`, as written, with its ticket or due): one more going, the caller among the attendees; the read's ticket was an earlier round's, if any. */
export function afterSeated(page: EventPage, mine: EventSignupDoc, me: UserDoc): EventPage {
  const attendees = page.attendees.length < ATTENDEES_SHOWN ? [...page.attendees, { openid: me._id, nickname: me.nickname, avatar: me.avatar }] : page.attendees;
  const waitlist = page.waitlist - (page.mine?.status === 'waitlist' ? 1 : 0);
  return { ...page, event: { ...page.event, seated: page.event.seated + 1 }, mine, ticket: null, attendees, waitlist, holding: page.holding + 1 };
}

/** The page after the caller joined the waitlist (`mine`, as written): last in line. */
export function afterQueued(page: EventPage, mine: EventSignupDoc): EventPage {
  return { ...page, mine, ticket: null, waitlist: page.waitlist + (page.mine?.status === 'waitlist' ? 0 : 1) };
}

/** The page after the caller cancelled (`mine`, as written), giving back the seat they `held`. */
export function afterCancelled(page: EventPage, mine: EventSignupDoc, held: boolean): EventPage {
  const waitlist = page.waitlist - (page.mine?.status === 'waitlist' ? 1 : 0);
  const attendees = page.attendees.filter((a) => a.openid !== mine.openid);
  const holding = page.holding - (page.mine?.status === 'going' ? 1 : 0);
  return { ...page, event: { ...page.event, seated: page.event.seated - (held ? 1 : 0) }, mine, attendees, waitlist, holding };
}
