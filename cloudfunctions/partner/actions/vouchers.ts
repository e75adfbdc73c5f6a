import { z } from 'zod';
import type { PerkView, StaffVoucherView, VoucherView } from '../../shared/api';
import { action } from '../../shared/runtime/router';
import { cursorSchema, idSchema } from '../../shared/runtime/schemas';
import { redeemCode } from '../../shared/verify-codes';
import { allowedPartners } from '../flows/staff';
import { activePerksOfDeal, perkViews } from '../flows/perks';
import { myVoucherPage, ownVoucher, staffVoucher } from '../flows/voucher-reads';
import { recordVisit } from '../flows/visits';

/** 我的卡券: one tab (未使用 by default), newest first, with the count of each tab. */
export const myVouchers = action({
  input: z.object({ status: z.enum(['active', 'used', 'expired']).default('active'), cursor: cursorSchema }),
  async handler({ status, cursor }, { db, openid, now }) {
    return myVoucherPage(db, openid, status, cursor, now);
  },
});

/** A voucher id is `<orderId>_<perkId>_<unit>`, longer than other ids. */
const voucherIdSchema = z.string().min(1).max(140).regex(/^[A-Za-z0-9_-]+$/, '格式不正确');

export const getVoucher = action({
  input: z.object({ voucherId: voucherIdSchema }),
  async handler({ voucherId }, { db, openid, now }): Promise<{ voucher: VoucherView }> {
    return { voucher: await ownVoucher(db, voucherId, openid, now) };
  },
});

/** The deal page's perks: what buying earns, and how many are left (0: 已领完). */
export const dealPerks = action({
  input: z.object({ dealId: idSchema }),
  async handler({ dealId }, { db }): Promise<{ items: PerkView[] }> {
    return { items: await perkViews(db, await activePerksOfDeal(db, dealId)) };
  },
});

/**
 * 核销 (staff): the code works once (one conditional update decides among any
 * number of concurrent calls), only at its own partner, only while valid; the
 * member's first visit here is recorded.
 */
export const redeemVoucher = action({
  input: z.object({ code: z.string().trim().min(1, '请输入券码').max(64) }),
  async handler({ code }, { db, openid, now, user }): Promise<{ voucher: StaffVoucherView }> {
    const allowed = await allowedPartners(db, await user());
    const used = await redeemCode(db, code, { openid, allowedPlaceIds: allowed }, now, 'voucher');
    await Promise.all([
      db.collection('vouchers').doc(used.ref).update({ status: 'used', usedAt: now, usedBy: openid, updatedAt: now }),
      recordVisit(db, used.placeId, used.ownerOpenid, 'voucher', now),
    ]);
    return { voucher: await staffVoucher(db, used.ref, now) };
  },
});
