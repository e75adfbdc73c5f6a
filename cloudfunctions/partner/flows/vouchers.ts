import type { Database } from '../../shared/runtime/cloud';
import type { OrderDoc, PerkDoc, PerkSlotDoc, VoucherDoc } from '../../shared/model';
import { docsByIds, getDoc, insertOnce } from '../../shared/runtime/documents';
import { applyOnce } from '../../shared/runtime/journal';
import { issueCode } from '../../shared/verify-codes';
import { voucherExpiry } from '../../shared/domain/partner';
import { activePerksOfDeal } from './perks';
import { releaseSlot, withdrawOrderVouchers } from './voucher-withdraw';
import { Budget, eachWithin, UNBOUNDED } from '../../shared/runtime/budget';
import { logError } from '../../shared/runtime/logger';

export const voucherIdOf = (orderId: string, perkId: string, unit: number) => `${orderId}_${perkId}_${unit}`;

/** A changed `total` (the brand raised it) makes the increment's condition miss; read the perk again this often. */
const PERK_READS = 3;

/**
 * Issuing a completed order's vouchers: one per (perk, unit), `vouchers/<orderId>_<perkId>_<unit>`.
 * Every step is keyed, so a repeat (a retry, the timer's repair) finishes what a
 * call that died left, and never issues twice:
 *   1. the voucher, pending;
 *   2. one of the member's places under the perk's limit (`perkSlots/<perkId>_<openid>_<n>`);
 *   3. a unit of the perk, by one journaled conditional increment (`issued < total`), so
 *      never more than `total` under any concurrency;
 *   4. its verification code (kind voucher, redeemable only at the perk's partner);
 *   5. the voucher, active.
 * No place or no unit left: the slot goes back and the voucher lapses (nothing to show).
 */
export async function issueOrderVouchers(db: Database, orderId: string, now: Date): Promise<void> {
  const order = await getDoc<OrderDoc>(db, 'orders', orderId);
  if (order?.status !== 'completed' || !order.completedAt) return;
  const perks = await activePerksOfDeal(db, order.dealId);
  if (!perks.length) return;
  // Orders completed before a perk existed never earn it.
  const earned = perks.filter((p) => new Date(p.createdAt) <= new Date(order.completedAt!));
  const units = earned.flatMap((perk) => Array.from({ length: order.quantity }, (_, unit) => ({ perk, unit })));
  await Promise.all(units.map(({ perk, unit }) => issueUnit(db, order, perk, unit, now)));
  await db.collection('orders').doc(orderId).update({ perksDone: true });
  await withdrawIfRefunded(db, orderId, now);
}

const DUE_BATCH = 50;

/**
 * The outbox's part (drainOutbox, every minute): orders a completion marked `perksDue`
 * get their vouchers (issueOrderVouchers, idempotent), then lose the mark. One that
 * fails keeps it for the next run. Answers how many were handled and whether more wait.
 */
export async function issueDueVouchers(db: Database, now: Date, budget: Budget = UNBOUNDED): Promise<{ perksIssued: number; more: number }> {
  const due = (await db.collection('orders').where({ perksDue: true }).field({ _id: true }).limit(DUE_BATCH).get()).data as Pick<OrderDoc, '_id'>[];
  let perksIssued = 0;
  const more = await eachWithin(due, budget, async ({ _id }) => {
    try {
      await issueOrderVouchers(db, _id, now);
      await db.collection('orders').where({ _id, perksDue: true }).update({ perksDue: db.command.remove() });
      perksIssued++;
    } catch (err) {
      logError('order_vouchers_failed', { orderId: _id, error: String(err) });
    }
  });
  return { perksIssued, more: more || (due.length === DUE_BATCH ? 1 : 0) };
}

/** Steps 1–5 for one unit; a voucher past pending is left as it is. */
export async function issueUnit(db: Database, order: Pick<OrderDoc, '_id' | 'openid' | 'dealId'>, perk: PerkDoc, unit: number, now: Date): Promise<void> {
  const id = voucherIdOf(order._id, perk._id, unit);
  const pending: VoucherDoc = {
    _id: id, perkId: perk._id, partnerId: perk.partnerId, dealId: order.dealId, orderId: order._id, openid: order.openid,
    status: 'pending', slot: null, token: null, short: null, issuedAt: null, expiresAt: null, usedAt: null, usedBy: null, remindedAt: null,
    createdAt: now, updatedAt: now,
  };
  if (!(await insertOnce(db, 'vouchers', pending)) && (await getDoc<VoucherDoc>(db, 'vouchers', id))?.status !== 'pending') return;
  const slot = await takeSlot(db, perk, order.openid, id, now);
  if (!slot) return lapse(db, id, null, now);
  if (!(await takeUnit(db, perk, id, now))) return lapse(db, id, slot, now);
  const code = await issueCode(db, { kind: 'voucher', ownerOpenid: order.openid, placeId: perk.partnerId, ref: id, expiresAt: voucherExpiry(perk.validity, now) }, now);
  await db
    .collection('vouchers')
    .where({ _id: id, status: 'pending' })
    .update({ status: 'active', slot, token: code._id, short: code.short, issuedAt: code.createdAt, expiresAt: code.expiresAt, updatedAt: now });
}

/** The member's first free place under the perk's limit, or the one this voucher already holds; null when all are taken. */
async function takeSlot(db: Database, perk: PerkDoc, openid: string, voucherId: string, now: Date): Promise<string | null> {
  const ids = Array.from({ length: perk.perMember }, (_, n) => `${perk._id}_${openid}_${n}`);
  const held = await docsByIds<PerkSlotDoc>(db, 'perkSlots', ids);
  const mine = [...held.values()].find((s) => s.voucherId === voucherId);
  if (mine) return mine._id;
  for (const id of ids.filter((i) => !held.has(i))) {
    if (await insertOnce<PerkSlotDoc>(db, 'perkSlots', { _id: id, voucherId, createdAt: now })) return id;
    if ((await getDoc<PerkSlotDoc>(db, 'perkSlots', id))?.voucherId === voucherId) return id;
  }
  return null;
}

/** One unit of the perk for this voucher, once: false when the perk ran out (or was switched off). */
async function takeUnit(db: Database, perk: PerkDoc, voucherId: string, now: Date): Promise<boolean> {
  const _ = db.command;
  let current: PerkDoc | null = perk;
  for (let read = 0; current && read < PERK_READS; read++) {
    const { total } = current;
    const res = await applyOnce(db, 'perks', perk._id, `issue:${voucherId}`, { issued: 1 }, now, { issued: _.lt(total), total, active: true });
    if (res !== 'refused') return true;
    current = await getDoc<PerkDoc>(db, 'perks', perk._id);
    if (!current?.active || current.total === total) return false;
  }
  return false;
}

/** No voucher for this unit: its place under the member's limit goes back. */
async function lapse(db: Database, voucherId: string, slot: string | null, now: Date): Promise<void> {
  if (slot) await releaseSlot(db, slot, voucherId);
  await db.collection('vouchers').where({ _id: voucherId, status: 'pending' }).update({ status: 'lapsed', updatedAt: now });
}

/** A refund that started while the vouchers were being issued found them pending: they are taken back here. */
export async function withdrawIfRefunded(db: Database, orderId: string, now: Date): Promise<void> {
  const order = await getDoc<OrderDoc>(db, 'orders', orderId);
  if (order && order.status !== 'completed') await withdrawOrderVouchers(db, orderId, now);
}
