import type { VoucherView } from '../../shared/api';
import type { DealDoc, PartnerDoc, PerkDoc, VoucherDoc } from '../../shared/model';
import type { Database } from '../../shared/runtime/cloud';
import { AppError } from '../../shared/runtime/app-error';
import { getDoc } from '../../shared/runtime/documents';
import { pageByTime } from '../../shared/runtime/paging';
import { aggregateFew } from '../../shared/runtime/aggregate';
import { voucherView } from './views';

export type VoucherTab = 'active' | 'used' | 'expired';
const PAGE = 20;

/**
 * 我的卡券 tabs: 未使用 (active, still valid), 已使用, 已过期 (marked by the timer,
 * or active past its expiry and not yet marked). Pending, lapsed and withdrawn
 * vouchers are never listed.
 */
function tabWhere(db: Database, openid: string, tab: VoucherTab, now: Date): object {
  const _ = db.command;
  if (tab === 'active') return { openid, status: 'active', expiresAt: _.gt(now) };
  if (tab === 'used') return { openid, status: 'used' };
  return { openid, status: _.in(['active', 'expired']), expiresAt: _.lte(now) };
}

export async function myVoucherPage(db: Database, openid: string, tab: VoucherTab, cursor: string | undefined, now: Date) {
  const [page, counts, issuing] = await Promise.all([
    pageByTime<VoucherDoc>(db, 'vouchers', tabWhere(db, openid, tab, now), 'createdAt', cursor, PAGE),
    tabCounts(db, openid, now),
    issuingCount(db, openid),
  ]);
  return { items: await voucherViews(db, page.items, now), ...(page.cursor ? { cursor: page.cursor } : {}), counts, issuing };
}

/**
 * How many of the caller's perk redemptions still wait for their voucher (their grant marked
 * `voucherDue`, issued by drainOutbox within a minute): the page says they are on the way.
 */
async function issuingCount(db: Database, openid: string): Promise<number> {
  return (await db.collection('grants').where({ openid, kind: 'redeem', voucherDue: true }).count()).total ?? 0;
}

/** How many of the caller's vouchers each tab holds, in one round trip (the rules of tabWhere as one grouping). */
async function tabCounts(db: Database, openid: string, now: Date): Promise<Record<VoucherTab, number>> {
  const live = { $gt: ['$expiresAt', now] };
  const tab = {
    $switch: {
      branches: [
        { case: { $eq: ['$status', 'used'] }, then: 'used' },
        { case: { $and: [{ $eq: ['$status', 'active'] }, live] }, then: 'active' },
        { case: { $and: [{ $in: ['$status', ['active', 'expired']] }, { $not: [live] }] }, then: 'expired' },
      ],
      default: null,
    },
  };
  const rows = await aggregateFew<{ _id: VoucherTab | null; n: number }>(db, 'vouchers', (agg) => agg.match({ openid }).project({ _id: 0, tab }).group({ _id: '$tab', n: { $sum: 1 } }), 4);
  const counts: Record<VoucherTab, number> = { active: 0, used: 0, expired: 0 };
  for (const row of rows) if (row._id) counts[row._id] = row.n;
  return counts;
}

/** Vouchers with their perks, deals and partners, in one round trip for any number (an aggregate joining them). */
export async function voucherViews(db: Database, vouchers: VoucherDoc[], now: Date): Promise<VoucherView[]> {
  if (!vouchers.length) return [];
  type Row = { _id: string; perk: PerkDoc[]; deal: DealDoc[]; partner: PartnerDoc[] };
  const rows = await aggregateFew<Row>(
    db,
    'vouchers',
    (agg) =>
      agg
        .match({ _id: db.command.in(vouchers.map((v) => v._id)) })
        .project({ perkId: 1, dealId: 1, partnerId: 1 })
        .lookup({ from: 'perks', localField: 'perkId', foreignField: '_id', as: 'perk' })
        .lookup({ from: 'deals', localField: 'dealId', foreignField: '_id', as: 'deal' })
        .lookup({ from: 'partners', localField: 'partnerId', foreignField: '_id', as: 'partner' }),
    vouchers.length,
  );
  const byId = new Map(rows.map((r) => [r._id, r]));
  return vouchers.flatMap((v) => {
    const row = byId.get(v._id);
    const [perk, partner] = [row?.perk[0], row?.partner[0]];
    return perk && partner ? [voucherView(v, perk, row?.deal[0], partner, now)] : [];
  });
}

/** The caller's own voucher; someone else's, or one never issued, is NOT_FOUND. */
export async function ownVoucher(db: Database, voucherId: string, openid: string, now: Date): Promise<VoucherView> {
  const v = await getDoc<VoucherDoc>(db, 'vouchers', voucherId);
  const [view] = v && v.openid === openid && v.status !== 'pending' && v.status !== 'lapsed' ? await voucherViews(db, [v], now) : [];
  if (!view) throw new AppError('NOT_FOUND', '卡券不存在');
  return view;
}
