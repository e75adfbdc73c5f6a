import type { Database } from '../../shared/runtime/cloud';
import type { CouponDoc } from '../../shared/model';
import { insertOnce } from '../../shared/runtime/documents';
import { couponFrom, issueOrGiveBack } from './redeem';
import { GRACE_MS } from './redeem-units';
import { live, Redemptions, spent } from './redemption-state';

/**
 * What the member's redemptions still owe, finished when the member next reads their
 * coupons or the catalogue (as read by readRedemptions, so nothing more is read):
 * each coupon whose points were spent is written (the redemption call leaves it to
 * this); a perk redemption whose call died (older than GRACE_MS) gets its voucher, or
 * its unit and points back when the perk refuses. Answers the coupons written.
 */
export async function finishRedemptions(db: Database, r: Redemptions, now: Date): Promise<CouponDoc[]> {
  const written: CouponDoc[] = [];
  const owed = live(r).filter((e) => spent(e, r.user, now));
  await Promise.all(
    owed.map(async (entry) => {
      if (entry.coupon) {
        if (r.coupons.has(entry.redemption)) return;
        const coupon = couponFrom(entry);
        await insertOnce(db, 'coupons', coupon);
        written.push(coupon);
        return;
      }
      const voucher = r.vouchers.get(entry.voucherId ?? '');
      if (voucher && voucher.status !== 'pending' && voucher.status !== 'lapsed') return;
      if (now.getTime() - new Date(entry.createdAt).getTime() < GRACE_MS) return;
      await issueOrGiveBack(db, entry, now);
    }),
  );
  return written;
}
