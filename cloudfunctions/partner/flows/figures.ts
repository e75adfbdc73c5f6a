import type { PartnerConsoleView, PartnerFigures } from '../../shared/api';
import type { EventDoc, EventSignupDoc, PerkDoc, VoucherDoc } from '../../shared/model';
import type { Database } from '../../shared/runtime/cloud';
import { docsByIds } from '../../shared/runtime/documents';
import { memberNicknames } from '../../shared/runtime/users';
import { redemptionRate } from '../../shared/domain/partner';
import { shanghaiMonthStart } from '../../shared/domain/calendar';

const RECENT = 20;
type Recent = PartnerConsoleView['recent'];

/**
 * A partner's figures, counted from the records themselves: vouchers issued (not
 * withdrawn) and redeemed, first visits (all time and this Shanghai month), its
 * published events, and sign-ups and check-ins of those that ended. Also its
 * latest redemptions and check-ins. Two rounds of queries at once.
 */
export async function partnerFigures(db: Database, partnerId: string, now: Date): Promise<{ figures: PartnerFigures; recent: Recent; events: EventDoc[] }> {
  const _ = db.command;
  const count = (collection: string, where: object) => db.collection(collection).where(where).count().then((r) => r.total ?? 0);
  const [issued, redeemed, newVisitors, newVisitorsThisMonth, eventRes, usedRes] = await Promise.all([
    count('vouchers', { partnerId, status: _.in(['active', 'used', 'expired']) }),
    count('vouchers', { partnerId, status: 'used' }),
    count('partnerVisits', { partnerId }),
    count('partnerVisits', { partnerId, firstAt: _.gte(shanghaiMonthStart(now)) }),
    db.collection('events').where({ partnerId, status: 'published' }).orderBy('startAt', 'desc').limit(1000).get(),
    db.collection('vouchers').where({ partnerId, status: 'used' }).orderBy('usedAt', 'desc').limit(RECENT).get(),
  ]);
  const events = eventRes.data as EventDoc[];
  const ended = events.filter((e) => new Date(e.endAt) <= now).map((e) => e._id);
  const none = Promise.resolve(0);
  const [signups, attendance, checkIns] = await Promise.all([
    ended.length ? count('eventSignups', { eventId: _.in(ended), status: _.in(['going', 'attended']) }) : none,
    ended.length ? count('eventSignups', { eventId: _.in(ended), status: 'attended' }) : none,
    events.length
      ? db.collection('eventSignups').where({ eventId: _.in(events.map((e) => e._id)), status: 'attended' }).orderBy('checkedInAt', 'desc').limit(RECENT).get()
      : Promise.resolve({ data: [] }),
  ]);
  const recent = await recentVisits(db, usedRes.data as VoucherDoc[], checkIns.data as EventSignupDoc[], events);
  return {
    figures: { vouchersIssued: issued, vouchersRedeemed: redeemed, redemptionRate: redemptionRate(issued, redeemed), newVisitors, newVisitorsThisMonth, events: events.length, attendance, signups },
    recent,
    events,
  };
}

/** Redemptions and check-ins merged, newest first, with the service or event title and the member's nickname. */
async function recentVisits(db: Database, used: VoucherDoc[], checkIns: EventSignupDoc[], events: EventDoc[]): Promise<Recent> {
  const [perks, nicknames] = await Promise.all([
    docsByIds<PerkDoc>(db, 'perks', used.map((v) => v.perkId)),
    memberNicknames(db, [...used.map((v) => v.openid), ...checkIns.map((s) => s.openid)]),
  ]);
  const titles = new Map(events.map((e) => [e._id, e.title]));
  const rows: Recent = [
    ...used.map((v) => ({ kind: 'voucher' as const, title: perks.get(v.perkId)?.service ?? '', memberNickname: nicknames.get(v.openid) ?? '', at: new Date(v.usedAt!).toISOString() })),
    ...checkIns.map((s) => ({ kind: 'ticket' as const, title: titles.get(s.eventId) ?? '', memberNickname: nicknames.get(s.openid) ?? '', at: new Date(s.checkedInAt!).toISOString() })),
  ];
  return rows.sort((a, b) => b.at.localeCompare(a.at)).slice(0, RECENT);
}
