import { z } from 'zod';
import type { PerkView, StaffVoucherView, VoucherView } from '../../shared/api';
import { action } from '../../shared/runtime/router';
import { cursorSchema, idSchema } from '../../shared/runtime/schemas';
import { checkAtCounter, redeemChecked } from '../../shared/verify-codes';
import { counterVisited, counterVoucher, counterVoucherView, partnerCounter } from '../flows/counter';
import { activePerksOfDeal, perkViews } from '../flows/perks';
import { myVoucherPage, ownVoucher } from '../flows/voucher-reads';
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
 * member's first visit here is recorded. Four round trips: the counter's read,
 * the code, the voucher, the visit (none when it was recorded before).
 */
export const redeemVoucher = action({
  input: z.object({ code: z.string().trim().min(1, '请输入券码').max(64) }),
  async handler({ code }, ctx): Promise<{ voucher: StaffVoucherView }> {
    const { db, openid, now } = ctx;
    const { read, who } = await partnerCounter(ctx, code);
    const found = await checkAtCounter(db, read, who, now, 'voucher');
    const voucher = counterVoucher(read);
    const used = await redeemChecked(db, found, who, now);
    const redeemed = { status: 'used' as const, usedAt: now, usedBy: openid, updatedAt: now };
    await Promise.all([
      db.collection('vouchers').doc(used.ref).update(redeemed),
      counterVisited(read) ? null : recordVisit(db, used.placeId, used.ownerOpenid, 'voucher', now),
    ]);
    return { voucher: counterVoucherView(read, { ...voucher, ...redeemed }, now) };
  },
});
