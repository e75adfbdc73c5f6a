import type { EventCard, EventDetail, StaffTicketView } from '../../shared/api';
import type { EventDoc, EventSignupDoc, PartnerDoc, UserDoc } from '../../shared/model';
import type { Database } from '../../shared/runtime/cloud';
import { AppError } from '../../shared/runtime/app-error';
import { aggregateFew } from '../../shared/runtime/aggregate';
import { decodeCursor, encodeCursor } from '../../shared/runtime/cursor';
import { pageByTime, Page } from '../../shared/runtime/paging';
import { BRAND_NAME } from '../../shared/domain/brand';
import { eventPhase, gateUntil, signupRefusal } from '../../shared/domain/partner';
import { eventTimes } from './events';
import { EventPage, readEventPage } from './event-page';
import { partnerView } from './views';

const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : '');

/** An event's card, as a member whose sign-up (if any) is `mine` sees it. */
export function cardOf(event: EventDoc, partnerName: string, waitlist: number, mine: Pick<EventSignupDoc, 'status'> | undefined, now: Date): EventCard {
  return {
    eventId: event._id,
    title: event.title,
    startAt: iso(event.startAt),
    endAt: iso(event.endAt),
    place: event.place,
    partnerName,
    cover: event.cover,
    capacity: event.capacity,
    going: event.seated,
    waitlist,
    phase: eventPhase(eventTimes(event), now),
    mine: mine?.status ?? null,
  };
}

/**
 * Cards of a page of events in two round trips: the events joined to their hosts and the
 * caller's sign-ups (one aggregate), and the waitlist lengths of all of them (one group).
 */
export async function eventCards(db: Database, events: EventDoc[], openid: string, now: Date): Promise<EventCard[]> {
  if (!events.length) return [];
  const _ = db.command;
  const ids = events.map((e) => e._id);
  type Row = { _id: string; host: PartnerDoc[]; mine: EventSignupDoc[] };
  const [joined, waitlists] = await Promise.all([
    aggregateFew<Row>(
      db,
      'events',
      (agg) =>
        agg
          .match({ _id: _.in(ids) })
          .project({ partnerId: 1, signupId: { $concat: ['$_id', `_${openid}`] } })
          .lookup({ from: 'partners', localField: 'partnerId', foreignField: '_id', as: 'host' })
          .lookup({ from: 'eventSignups', localField: 'signupId', foreignField: '_id', as: 'mine' }),
      ids.length,
    ),
    aggregateFew<{ _id: string; n: number }>(db, 'eventSignups', (agg) => agg.match({ eventId: _.in(ids), status: 'waitlist' }).group({ _id: '$eventId', n: { $sum: 1 } }), ids.length),
  ]);
  const byId = new Map(joined.map((r) => [r._id, r]));
  const waiting = new Map(waitlists.map((w) => [w._id, w.n]));
  return events.map((e) => {
    const row = byId.get(e._id);
    return cardOf(e, (e.partnerId && row?.host[0]?.name) || BRAND_NAME, waiting.get(e._id) ?? 0, row?.mine[0], now);
  });
}

/** The caller's place in the queue: waitlisted sign-ups before theirs in (queuedAt, _id) order, plus one. */
async function positionOf(db: Database, s: EventSignupDoc): Promise<number> {
  const _ = db.command;
  const ahead = await db
    .collection('eventSignups')
    .where(_.or([{ eventId: s.eventId, status: 'waitlist', queuedAt: _.lt(s.queuedAt) }, { eventId: s.eventId, status: 'waitlist', queuedAt: s.queuedAt, _id: _.lt(s._id) }]))
    .count();
  return (ahead.total ?? 0) + 1;
}

/** The event page as `user` sees it (`position`: their place in the waitlist when they wait). */
export function detailOf(page: EventPage, user: UserDoc, position: number, now: Date): EventDetail {
  const { event, host: partner, mine: signup } = page;
  const going = signup?.status === 'going';
  const until = gateUntil(event.gate, new Date(event.signupOpensAt));
  return {
    ...cardOf(event, partner?.name ?? BRAND_NAME, page.waitlist, signup ?? undefined, now),
    description: event.description,
    partner: partner ? partnerView(partner) : null,
    gate: event.gate,
    signupOpensAt: iso(event.signupOpensAt),
    gateUntil: until && until > now ? until.toISOString() : '',
    attendGrowth: event.attendGrowth,
    attendees: page.attendees.map(({ nickname, avatar }) => ({ nickname, avatar })),
    signupBlockedReason: signupRefusal(eventTimes(event), user.tier, now)?.message ?? '',
    signup: signup && {
      status: signup.status,
      position: signup.status === 'waitlist' ? position : 0,
      token: going ? signup.token ?? page.ticket?._id ?? '' : '', // '' while a seat-first sign-up's ticket is not issued yet
      code: going ? signup.short ?? page.ticket?.short ?? '' : '',
      checkedInAt: iso(signup.checkedInAt),
    },
    posts: eventPhase(eventTimes(event), now) === 'ended' ? page.posts : [],
    canManage: user.isAdmin || Boolean(partner?.staff.includes(user._id)),
    status: event.status,
  };
}

/** The waitlist position of the caller's sign-up, when they wait (one count), else 0. */
export const positionIn = async (db: Database, page: Pick<EventPage, 'mine'>) => (page.mine?.status === 'waitlist' ? positionOf(db, page.mine) : 0);

/** The event page as `user` sees it: one joined read, and the waitlist position when they wait. */
export async function eventDetail(db: Database, event: EventDoc, user: UserDoc, now: Date): Promise<EventDetail> {
  const page = await readEventPage(db, event._id, user._id);
  if (!page) throw new AppError('NOT_FOUND', '活动不存在');
  return detailOf(page, user, await positionIn(db, page), now);
}

export function ticketView(event: EventDoc, signup: EventSignupDoc, member: UserDoc | null): StaffTicketView {
  return {
    eventId: event._id,
    eventTitle: event.title,
    startAt: iso(event.startAt),
    memberNickname: member?.nickname ?? '',
    memberAvatar: member?.avatar ?? '',
    status: signup.status,
    checkedInAt: iso(signup.checkedInAt),
  };
}

/**
 * A page of events: upcoming ones (not yet ended) soonest first, then past ones
 * latest first. The cursor says which part it is in: `u.<cursor>` within the
 * upcoming part, `p.<cursor>` within the past part (`p.` at its start).
 */
export async function eventsPage(db: Database, where: object, now: Date, cursor: string | undefined, size: number): Promise<Page<EventDoc>> {
  const _ = db.command;
  const past = (inner: string | undefined, room: number) => pageByTime<EventDoc>(db, 'events', { ...where, endAt: _.lte(now) }, 'startAt', inner, room);
  if (cursor?.startsWith('p.')) {
    const page = await past(cursor.slice(2) || undefined, size);
    return { items: page.items, ...(page.cursor ? { cursor: `p.${page.cursor}` } : {}) };
  }
  let query: object = { ...where, endAt: _.gt(now) };
  if (cursor) {
    const after = decodeCursor(cursor.replace(/^u\./, ''));
    const at = new Date(Number(after.k));
    query = _.and([query, { startAt: _.gte(at) }, _.or([{ startAt: _.gt(at) }, { startAt: at, _id: _.gt(after.id) }])]);
  }
  const res = await db.collection('events').where(query).orderBy('startAt', 'asc').orderBy('_id', 'asc').limit(size + 1).get();
  const upcoming = res.data as EventDoc[];
  if (upcoming.length > size) {
    const last = upcoming[size - 1];
    return { items: upcoming.slice(0, size), cursor: `u.${encodeCursor({ k: new Date(last.startAt).getTime(), id: last._id })}` };
  }
  if (upcoming.length === size) return { items: upcoming, cursor: 'p.' };
  const rest = await past(undefined, size - upcoming.length);
  return { items: [...upcoming, ...rest.items], ...(rest.cursor ? { cursor: `p.${rest.cursor}` } : {}) };
}
