import type { StaffVoucherView, VoucherView } from '../../shared/api';
import type { DealDoc, PartnerDoc, PerkDoc, UserDoc, VoucherDoc } from '../../shared/model';
import type { Database } from '../../shared/runtime/cloud';
import { AppError } from '../../shared/runtime/app-error';
import { docsByIds, getDoc } from '../../shared/runtime/documents';
import { pageByTime } from '../../shared/runtime/paging';
import { staffVoucherView, voucherView } from './views';

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
  const tabs: VoucherTab[] = ['active', 'used', 'expired'];
  const [page, ...totals] = await Promise.all([
    pageByTime<VoucherDoc>(db, 'vouchers', tabWhere(db, openid, tab, now), 'createdAt', cursor, PAGE),
    ...tabs.map((t) => db.collection('vouchers').where(tabWhere(db, openid, t, now)).count()),
  ]);
  const counts = Object.fromEntries(tabs.map((t, i) => [t, totals[i].total ?? 0])) as Record<VoucherTab, number>;
  return { items: await voucherViews(db, page.items, now), ...(page.cursor ? { cursor: page.cursor } : {}), counts };
}

/** Vouchers with their perks, deals and partners (three queries for any number). */
export async function voucherViews(db: Database, vouchers: VoucherDoc[], now: Date): Promise<VoucherView[]> {
  const [perks, deals, partners] = await Promise.all([
    docsByIds<PerkDoc>(db, 'perks', vouchers.map((v) => v.perkId)),
    docsByIds<DealDoc>(db, 'deals', vouchers.map((v) => v.dealId)),
    docsByIds<PartnerDoc>(db, 'partners', vouchers.map((v) => v.partnerId)),
  ]);
  return vouchers
    .filter((v) => perks.has(v.perkId) && partners.has(v.partnerId))
    .map((v) => voucherView(v, perks.get(v.perkId)!, deals.get(v.dealId), partners.get(v.partnerId)!, now));
}

/** The caller's own voucher; someone else's, or one never issued, is NOT_FOUND. */
export async function ownVoucher(db: Database, voucherId: string, openid: string, now: Date): Promise<VoucherView> {
  const v = await getDoc<VoucherDoc>(db, 'vouchers', voucherId);
  const [view] = v && v.openid === openid && v.status !== 'pending' && v.status !== 'lapsed' ? await voucherViews(db, [v], now) : [];
  if (!view) throw new AppError('NOT_FOUND', '卡券不存在');
  return view;
}

/** What staff see of a voucher behind a code: the service, the partner, the member's nickname. */
export async function staffVoucher(db: Database, voucherId: string, now: Date): Promise<StaffVoucherView> {
  const v = await getDoc<VoucherDoc>(db, 'vouchers', voucherId);
  if (!v) throw new AppError('NOT_FOUND', '卡券不存在');
  const [perk, deal, partner, member] = await Promise.all([
    getDoc<PerkDoc>(db, 'perks', v.perkId),
    getDoc<DealDoc>(db, 'deals', v.dealId),
    getDoc<PartnerDoc>(db, 'partners', v.partnerId),
    getDoc<UserDoc>(db, 'users', v.openid),
  ]);
  return staffVoucherView(v, perk, deal, partner, member?.nickname ?? '', now);
}
