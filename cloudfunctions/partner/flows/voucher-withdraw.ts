import type { Database } from '../../shared/runtime/cloud';
import type { VoucherDoc } from '../../shared/model';
import { updatedCount } from '../../shared/runtime/documents';
import { applyOnce } from '../../shared/runtime/journal';
import { codeOf, voidCode } from '../../shared/verify-codes';

/**
 * A refunded order's vouchers: an unused one is withdrawn, and its unit goes back
 * to the perk (left again for a later order) with its place under the member's
 * limit; a used one stays used. Its code is voided first, so no redemption can
 * slip in between; a code redeemed before that makes the voucher used.
 */
export async function withdrawOrderVouchers(db: Database, orderId: string, now: Date): Promise<void> {
  const _ = db.command;
  const res = await db.collection('vouchers').where({ orderId, status: _.in(['active', 'expired', 'withdrawn']) }).limit(100).get();
  await Promise.all((res.data as VoucherDoc[]).map((v) => withdrawVoucher(db, v, now)));
}

async function withdrawVoucher(db: Database, v: VoucherDoc, now: Date): Promise<void> {
  const _ = db.command;
  if (v.status !== 'withdrawn') {
    await voidCode(db, 'voucher', v._id);
    const code = await codeOf(db, 'voucher', v._id);
    if (code?.status === 'used') {
      await db.collection('vouchers').where({ _id: v._id, status: _.in(['active', 'expired']) }).update({ status: 'used', usedAt: code.usedAt, usedBy: code.usedBy, updatedAt: now });
      return;
    }
    const res = await db.collection('vouchers').where({ _id: v._id, status: v.status }).update({ status: 'withdrawn', updatedAt: now });
    if (updatedCount(res) !== 1) return; // another call withdrew it (and gives the unit back)
  }
  await returnUnit(db, v, now);
}

/** A withdrawn voucher's unit and place go back (once each); it keeps `slot` until both are back, for the timer's repair. */
export async function returnUnit(db: Database, v: Pick<VoucherDoc, '_id' | 'perkId' | 'slot'>, now: Date): Promise<void> {
  if (!v.slot) return;
  await applyOnce(db, 'perks', v.perkId, `return:${v._id}`, { issued: -1 }, now);
  await releaseSlot(db, v.slot, v._id);
  await db.collection('vouchers').doc(v._id).update({ slot: null, updatedAt: now });
}

export async function releaseSlot(db: Database, slot: string, voucherId: string): Promise<void> {
  await db.collection('perkSlots').where({ _id: slot, voucherId }).remove();
}
