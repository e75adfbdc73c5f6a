import type { PartnerConsoleView, PartnerFigures } from '../../shared/api';
import type { EventDoc, PartnerDoc } from '../../shared/model';
import type { SignupStatus } from '../../shared/domain/partner';
import type { Database } from '../../shared/runtime/cloud';
import { aggregateFew, readJoined } from '../../shared/runtime/aggregate';
import { redemptionRate } from '../../shared/domain/partner';
import { shanghaiMonthStart } from '../../shared/domain/calendar';
import { cardOf } from './event-views';
import { partnerView } from './views';

const RECENT = 20;
const CONSOLE_EVENTS = 10;
const MAX_EVENTS = 1000;
type Recent = PartnerConsoleView['recent'];

const counted = (rows: { _id: string; n: number }[], ...ids: string[]) => rows.filter((r) => ids.includes(r._id)).reduce((sum, r) => sum + r.n, 0);

interface ConsoleRow {
  vouchers: { _id: string; n: number }[];
  visits: { n: number; thisMonth: number }[];
  events: EventDoc[];
  used: { usedAt: Date; perk: { service: string }[]; member: { nickname: string }[] }[];
}

/**
 * The partner with its vouchers counted by status, its first visits (all time and this
 * Shanghai month), its published events and its latest redemptions with their service
 * and member: one aggregate from the partner.
 */
async function readPartnerFacts(db: Database, partnerId: string, now: Date): Promise<(PartnerDoc & ConsoleRow) | null> {
  const row = await readJoined(db, 'partners', partnerId, [
    { from: 'vouchers', pipeline: [{ $match: { partnerId, status: { $in: ['active', 'used', 'expired'] } } }, { $group: { _id: '$status', n: { $sum: 1 } } }], as: 'vouchers' },
    {
      from: 'partnerVisits',
      pipeline: [{ $match: { partnerId } }, { $group: { _id: null, n: { $sum: 1 }, thisMonth: { $sum: { $cond: [{ $gte: ['$firstAt', shanghaiMonthStart(now)] }, 1, 0] } } } }],
      as: 'visits',
    },
    { from: 'events', pipeline: [{ $match: { partnerId, status: 'published' } }, { $sort: { startAt: -1 } }, { $limit: MAX_EVENTS }, { $project: { applied: 0 } }], as: 'events' },
    {
      from: 'vouchers',
      pipeline: [
        { $match: { partnerId, status: 'used' } },
        { $sort: { usedAt: -1 } },
        { $limit: RECENT },
        { $lookup: { from: 'perks', localField: 'perkId', foreignField: '_id', as: 'perk' } },
        { $lookup: { from: 'users', localField: 'openid', foreignField: '_id', as: 'member' } },
        { $project: { usedAt: 1, 'perk.service': 1, 'member.nickname': 1 } },
      ],
      as: 'used',
    },
  ]);
  return row as (PartnerDoc & ConsoleRow) | null;
}

/** Sign-ups of the events counted by event and status, with the status of the caller's own (one group). */
async function signupCounts(db: Database, eventIds: string[], openid: string) {
  if (!eventIds.length) return [];
  type Row = { _id: { eventId: string; status: SignupStatus }; n: number; mine: number };
  return aggregateFew<Row>(
    db,
    'eventSignups',
    (agg) =>
      agg
        .match({ eventId: db.command.in(eventIds) })
        .group({ _id: { eventId: '$eventId', status: '$status' }, n: { $sum: 1 }, mine: { $max: { $cond: [{ $eq: ['$openid', openid] }, 1, 0] } } }),
    eventIds.length * 4,
  );
}

/** The latest check-ins at the events, with the member's nickname (one aggregate). */
async function recentCheckIns(db: Database, eventIds: string[]) {
  if (!eventIds.length) return [];
  type Row = { eventId: string; checkedInAt: Date; member: { nickname: string }[] };
  return aggregateFew<Row>(
    db,
    'eventSignups',
    (agg) =>
      agg
        .match({ eventId: db.command.in(eventIds), status: 'attended' })
        .sort({ checkedInAt: -1 })
        .limit(RECENT)
        .lookup({ from: 'users', localField: 'openid', foreignField: '_id', as: 'member' })
        .project({ eventId: 1, checkedInAt: 1, 'member.nickname': 1 }),
    RECENT,
  );
}

/**
 * A partner's console in three round trips (the partner's facts, then its events'
 * sign-ups counted and its latest check-ins at once): figures counted from the records
 * themselves (vouchers issued (not withdrawn) and redeemed, first visits, its published
 * events, sign-ups and check-ins of those that ended), the latest redemptions and
 * check-ins, and its events as the caller sees them. Null when there is no such partner.
 */
export async function partnerConsoleOf(db: Database, partnerId: string, openid: string, now: Date): Promise<PartnerConsoleView | null> {
  const facts = await readPartnerFacts(db, partnerId, now);
  if (!facts) return null;
  const { vouchers, visits, events, used, ...partner } = facts;
  const ids = events.map((e) => e._id);
  const [signups, checkIns] = await Promise.all([signupCounts(db, ids, openid), recentCheckIns(db, ids)]);
  const ended = new Set(events.filter((e) => new Date(e.endAt) <= now).map((e) => e._id));
  const of = (eventIds: Set<string> | null, ...statuses: SignupStatus[]) =>
    signups.filter((r) => (!eventIds || eventIds.has(r._id.eventId)) && statuses.includes(r._id.status)).reduce((sum, r) => sum + r.n, 0);
  const issued = counted(vouchers, 'active', 'used', 'expired');
  const redeemed = counted(vouchers, 'used');
  const figures: PartnerFigures = {
    vouchersIssued: issued,
    vouchersRedeemed: redeemed,
    redemptionRate: redemptionRate(issued, redeemed),
    newVisitors: visits[0]?.n ?? 0,
    newVisitorsThisMonth: visits[0]?.thisMonth ?? 0,
    events: events.length,
    attendance: of(ended, 'attended'),
    signups: of(ended, 'going', 'attended'),
  };
  const titles = new Map(events.map((e) => [e._id, e.title]));
  const recent: Recent = [
    ...used.map((v) => ({ kind: 'voucher' as const, title: v.perk[0]?.service ?? '', memberNickname: v.member[0]?.nickname ?? '', at: new Date(v.usedAt).toISOString() })),
    ...checkIns.map((s) => ({ kind: 'ticket' as const, title: titles.get(s.eventId) ?? '', memberNickname: s.member[0]?.nickname ?? '', at: new Date(s.checkedInAt).toISOString() })),
  ]
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, RECENT);
  const cards = events.slice(0, CONSOLE_EVENTS).map((e) => {
    const only = new Set([e._id]);
    const mine = signups.find((r) => r._id.eventId === e._id && r.mine === 1)?._id.status;
    return cardOf(e, partner.name, of(only, 'waitlist'), mine ? { status: mine } : undefined, now);
  });
  return { partner: partnerView(partner as PartnerDoc), figures, recent, events: cards };
}
