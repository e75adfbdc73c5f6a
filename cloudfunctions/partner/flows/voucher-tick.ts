import type { Database } from '../../shared/runtime/cloud';
import type { OrderDoc, PartnerDoc, PerkDoc, VerifyCodeDoc, VoucherDoc } from '../../shared/model';
import { docsByIds, updatedCount } from '../../shared/runtime/documents';
import { JOURNAL_MS, pruneJournal } from '../../shared/runtime/journal';
import { VOUCHER_REMINDER_DAYS } from '../../shared/domain/partner';
import { tell } from '../../shared/providers/notifier';
import { issueOrderVouchers, issueUnit, withdrawIfRefunded } from './vouchers';
import { returnUnit } from './voucher-withdraw';
import { recordVisit } from './visits';
import { Budget, UNBOUNDED } from '../../shared/runtime/budget';

const BATCH = 100;
const DAY_MS = 86_400_000;
/** A voucher left half-done this long ago belongs to a call that died (calls finish in seconds). */
const REPAIR_AFTER_MS = 2 * 60_000;

/**
 * The timer's part for vouchers: unused ones past their validity become 已过期;
 * members are told once, VOUCHER_REMINDER_DAYS before one expires; vouchers,
 * withdrawals and orders left half-done by a call that died are finished; perk
 * journals are pruned once nothing can repeat their moves.
 */
export async function voucherTick(db: Database, now: Date, budget: Budget = UNBOUNDED): Promise<Record<string, number>> {
  const step = (run: () => Promise<number>) => (budget.exhausted() ? Promise.resolve(0) : run());
  return {
    redemptionsSynced: await step(() => syncRedemptions(db, now, budget)),
    vouchersExpired: await step(() => expire(db, now)),
    vouchersReminded: await step(() => remind(db, now, budget)),
    vouchersRepaired: await step(() => repairVouchers(db, now, budget)),
    ordersRepaired: await step(() => repairOrders(db, now, budget)),
    perkJournalsPruned: await step(() => prune(db, now, budget)),
    more: budget.exhausted() ? 1 : 0,
  };
}

/**
 * A redemption is decided by its code (verifyCodes: active → used); the voucher
 * follows in the next write. When the redeeming call died in between, the
 * voucher is brought in line here (codes used in the last day, before `expire`).
 */
async function syncRedemptions(db: Database, now: Date, budget: Budget): Promise<number> {
  const _ = db.command;
  const since = new Date(now.getTime() - DAY_MS);
  const used = (await db.collection('verifyCodes').where({ kind: 'voucher', status: 'used', usedAt: _.gte(since).and(_.lte(new Date(now.getTime() - REPAIR_AFTER_MS))) }).limit(BATCH).get()).data as VerifyCodeDoc[];
  const vouchers = await docsByIds<VoucherDoc>(db, 'vouchers', used.map((c) => c.ref));
  let synced = 0;
  for (const code of used) {
    if (budget.exhausted()) break;
    const v = vouchers.get(code.ref);
    if (!v || v.status === 'used') continue;
    const res = await db.collection('vouchers').where({ _id: v._id, status: _.in(['active', 'expired']) }).update({ status: 'used', usedAt: code.usedAt, usedBy: code.usedBy, updatedAt: now });
    if (updatedCount(res) !== 1) continue;
    await recordVisit(db, code.placeId, code.ownerOpenid, 'voucher', new Date(code.usedAt!));
    synced++;
  }
  return synced;
}

async function expire(db: Database, now: Date): Promise<number> {
  const res = await db.collection('vouchers').where({ status: 'active', expiresAt: db.command.lte(now) }).update({ status: 'expired', updatedAt: now });
  return updatedCount(res);
}

/** Each voucher is claimed (remindedAt set) before the message goes, so two ticks never remind twice. */
async function remind(db: Database, now: Date, budget: Budget): Promise<number> {
  const _ = db.command;
  const soon = new Date(now.getTime() + VOUCHER_REMINDER_DAYS * DAY_MS);
  const due = (await db.collection('vouchers').where({ status: 'active', remindedAt: null, expiresAt: _.gt(now).and(_.lte(soon)) }).limit(BATCH).get()).data as VoucherDoc[];
  const [perks, partners] = await Promise.all([docsByIds<PerkDoc>(db, 'perks', due.map((v) => v.perkId)), docsByIds<PartnerDoc>(db, 'partners', due.map((v) => v.partnerId))]);
  let sent = 0;
  for (const v of due) {
    if (budget.exhausted()) break;
    const claim = await db.collection('vouchers').where({ _id: v._id, status: 'active', remindedAt: null }).update({ remindedAt: now });
    if (updatedCount(claim) !== 1) continue;
    const partner = partners.get(v.partnerId);
    await tell({
      kind: 'voucher_expiring',
      openid: v.openid,
      page: `member/pages/voucher/index?id=${v._id}`,
      title: perks.get(v.perkId)?.service ?? '合作伙伴权益',
      amountFen: 0,
      place: partner?.name ?? '',
      note: '卡券即将过期，请尽快到店使用',
      at: new Date(v.expiresAt!),
    });
    sent++;
  }
  return sent;
}

/** Pending vouchers are issued (or lapse); withdrawn ones still holding their unit give it back. */
async function repairVouchers(db: Database, now: Date, budget: Budget): Promise<number> {
  const _ = db.command;
  const cutoff = new Date(now.getTime() - REPAIR_AFTER_MS);
  const [pending, withdrawn] = await Promise.all([
    db.collection('vouchers').where({ status: 'pending', updatedAt: _.lte(cutoff) }).limit(BATCH).get(),
    db.collection('vouchers').where({ status: 'withdrawn', slot: _.neq(null), updatedAt: _.lte(cutoff) }).limit(BATCH).get(),
  ]);
  const stuck = pending.data as VoucherDoc[];
  const perks = await docsByIds<PerkDoc>(db, 'perks', stuck.map((v) => v.perkId));
  for (const v of stuck) {
    if (budget.exhausted()) break;
    const perk = perks.get(v.perkId);
    const unit = Number(v._id.slice(v._id.lastIndexOf('_') + 1));
    if (perk) await issueUnit(db, { _id: v.orderId, openid: v.openid, dealId: v.dealId }, perk, unit, now);
    await withdrawIfRefunded(db, v.orderId, now);
  }
  for (const v of withdrawn.data as VoucherDoc[]) if (!budget.exhausted()) await returnUnit(db, v, now);
  return stuck.length + withdrawn.data.length;
}

/** Completed orders of deals with active perks whose vouchers were never handled (the completing call died). */
async function repairOrders(db: Database, now: Date, budget: Budget): Promise<number> {
  const _ = db.command;
  const perks = (await db.collection('perks').where({ active: true }).field({ dealId: true }).limit(1000).get()).data as Pick<PerkDoc, 'dealId'>[];
  if (!perks.length) return 0;
  const orders = await db
    .collection('orders')
    .where({ dealId: _.in([...new Set(perks.map((p) => p.dealId))]), status: 'completed', perksDone: _.neq(true), completedAt: _.lte(new Date(now.getTime() - REPAIR_AFTER_MS)) })
    .field({ _id: true })
    .limit(BATCH)
    .get();
  for (const order of orders.data as Pick<OrderDoc, '_id'>[]) if (!budget.exhausted()) await issueOrderVouchers(db, order._id, now);
  return orders.data.length;
}

/** Journal keys must stay while a voucher of the perk may still repeat its move (pending, or withdrawn with its unit out). */
async function prune(db: Database, now: Date, budget: Budget): Promise<number> {
  const _ = db.command;
  const cutoff = new Date(now.getTime() - JOURNAL_MS);
  const perks = (await db.collection('perks').where({ 'applied.at': _.lte(cutoff) }).field({ _id: true }).limit(BATCH).get()).data as Pick<PerkDoc, '_id'>[];
  let pruned = 0;
  for (const perk of perks) {
    if (budget.exhausted()) break;
    const owing = await db
      .collection('vouchers')
      .where(_.or([{ perkId: perk._id, status: 'pending' }, { perkId: perk._id, status: 'withdrawn', slot: _.neq(null) }]))
      .limit(1)
      .get();
    if (!owing.data.length) pruned += await pruneJournal(db, 'perks', perk._id, cutoff);
  }
  return pruned;
}
