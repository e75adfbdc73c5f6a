import type { Database } from '../../shared/runtime/cloud';
import type { GrantDoc } from '../../shared/grants';
import type { CouponDoc, UserDoc, VoucherDoc } from '../../shared/model';
import type { JournalEntry } from '../../shared/runtime/journal';
import { POSTING_JOURNAL_MS } from '../../shared/postings';
import { Aggregate, aggregateFew } from '../../shared/runtime/aggregate';
import type { CouponTerms } from './coupons';

/**
 * A redemption is its grant (积分兑换 spends points by a negative grant): the grant
 * `redeem:<rewardId>:<openid>:<slot>` is the member's slot-th place under the reward's
 * per-member limit, and it says what the redemption holds and gives.
 */
export interface RedeemEntry extends GrantDoc {
  kind: 'redeem';
  rewardId: string;
  /** The redemption's id (from the member and the request): its coupon's id, its perk voucher's "order". */
  redemption: string;
  slot: number;
  /** The reward's journal key of the unit it holds (`redeem:<redemption>:<nonce>`). */
  unit: string;
  /** Where its reversal goes when it is refused (`reversal:<_id>`). */
  reversalId: string;
  /** The coupon it gives (fixed when the points were spent), or null for a perk. */
  coupon: CouponTerms | null;
  perkId: string | null;
  voucherId: string | null;
  /** A perk redemption's outbox task: its voucher is still to be issued (issueDueRedemptionVouchers clears it). */
  voucherDue?: boolean;
}

export const redeemGrantKey = (rewardId: string, openid: string, slot: number) => `redeem:${rewardId}:${openid}:${slot}`;

/** A member's redemptions as one read found them: each with its reversal, coupon and voucher when they exist. */
export interface Redemptions {
  user: (UserDoc & { applied?: JournalEntry[] }) | null;
  entries: RedeemEntry[];
  refused: Set<string>;
  coupons: Map<string, CouponDoc>;
  vouchers: Map<string, VoucherDoc>;
}

/** The redemptions looked at per read (newest first); older ones are long finished. */
export const REDEMPTIONS_READ = 200;
/** 我的优惠券 reads the newest this many coupons. */
export const COUPONS_READ = 200;

/** Lookup stages: the redemptions matched by `match`, then their reversals, coupons and vouchers by the ids they name. */
export function redemptionLookups(match: Record<string, unknown>): object[] {
  return [
    { from: 'grants', pipeline: [{ $match: { ...match, kind: 'redeem' } }, { $sort: { createdAt: -1 } }, { $limit: REDEMPTIONS_READ }], as: 'redemptions' },
    { from: 'grants', localField: 'redemptions.reversalId', foreignField: '_id', as: 'reversals' },
    { from: 'coupons', localField: 'redemptions.redemption', foreignField: '_id', as: 'redeemedCoupons' },
    { from: 'vouchers', localField: 'redemptions.voucherId', foreignField: '_id', as: 'redeemedVouchers' },
  ];
}

/** The redemptions of a row read with redemptionLookups. */
export function redemptionsOf(row: Record<string, unknown>, user: Redemptions['user']): Redemptions {
  const list = <T>(field: string) => ((row[field] as (T | null)[] | undefined) ?? []).filter((d): d is T => Boolean(d));
  const entries = list<RedeemEntry>('redemptions');
  const refused = new Set(list<GrantDoc>('reversals').map((r) => r._id.slice('reversal:'.length)));
  return {
    user,
    entries,
    refused,
    coupons: new Map(list<CouponDoc>('redeemedCoupons').map((c) => [c._id, c])),
    vouchers: new Map(list<VoucherDoc>('redeemedVouchers').map((v) => [v._id, v])),
  };
}

/**
 * The member, their redemptions (with reversals, coupons, vouchers) and their newest
 * coupons, in one round trip (an aggregate from their profile); no profile: nothing.
 */
export async function readRedemptions(db: Database, openid: string): Promise<Redemptions & { myCoupons: CouponDoc[] }> {
  const [row] = await aggregateFew<Record<string, unknown>>(
    db,
    'users',
    (agg) =>
      [...redemptionLookups({ openid }), { from: 'coupons', pipeline: [{ $match: { openid } }, { $sort: { createdAt: -1 } }, { $limit: COUPONS_READ }], as: 'myCoupons' }].reduce<Aggregate>(
        (a, lookup) => a.lookup(lookup),
        agg.match({ _id: openid }),
      ),
    1,
  );
  if (!row) return { user: null, entries: [], refused: new Set(), coupons: new Map(), vouchers: new Map(), myCoupons: [] };
  const { redemptions, reversals, redeemedCoupons, redeemedVouchers, myCoupons, ...user } = row;
  return { ...redemptionsOf({ redemptions, reversals, redeemedCoupons, redeemedVouchers }, user as unknown as Redemptions['user']), myCoupons: myCoupons as CouponDoc[] };
}

/** Redemptions still holding their place (not refused). */
export const live = (r: Pick<Redemptions, 'entries' | 'refused'>) => r.entries.filter((e) => !r.refused.has(e._id));

/** Places taken per reward: what the per-member limit counts. */
export function claimedByReward(r: Pick<Redemptions, 'entries' | 'refused'>): Map<string, number> {
  const claimed = new Map<string, number>();
  for (const e of live(r)) claimed.set(e.rewardId, (claimed.get(e.rewardId) ?? 0) + 1);
  return claimed;
}

/**
 * Whether the grant's points moved (postings.ts: a call that died between the entry and
 * the move leaves an entry the daily reconcile moves, or takes out when the member can
 * no longer pay): the key is in the member's journal, or the entry is older than the
 * journal keeps keys (the reconcile has decided it long since).
 */
export function spent(entry: RedeemEntry, user: Redemptions['user'], now: Date): boolean {
  if (user?.applied?.some((a) => a.key === entry._id)) return true;
  return now.getTime() - new Date(entry.createdAt).getTime() > POSTING_JOURNAL_MS;
}
