import type { Database } from '../../shared/runtime/cloud';
import type { PerkDoc, RewardDoc, VoucherDoc } from '../../shared/model';
import { getDoc } from '../../shared/runtime/documents';
import { applyOnce, JOURNAL_MS, pruneJournal } from '../../shared/runtime/journal';
import { issueUnit } from '../../partner/flows/vouchers';
import type { RedeemEntry } from './redemption-state';

/**
 * A reward's units (its `redeemed` counter on the hot catalogue document): each
 * redemption call takes one under its own journal key `redeem:<redemptionId>:<nonce>`
 * before it spends the points, and the grant it writes names that key. A unit whose
 * key no grant names (the call died before spending, or gave it back) goes back.
 */

/** A call older than this is over (the member function times out after 10 s): what it left unfinished is finished by others. */
export const GRACE_MS = 2 * 60_000;
/** A reward's journal is settled and pruned once its oldest key is this old (then what is older than JOURNAL_MS goes: about once per JOURNAL_MS). */
const SETTLE_AFTER_MS = 2 * JOURNAL_MS;
const UNIT_KEY = /^redeem:[^:]+:[^:]+$/;

/** One unit under `key`, once; a raised total (the brand edited it) is read again, a few times. */
export async function takeUnit(db: Database, reward: RewardDoc, key: string, now: Date): Promise<boolean> {
  const _ = db.command;
  let current: RewardDoc | null = reward;
  for (let read = 0; current && read < 3; read++) {
    const { total } = current;
    const res = await applyOnce(db, 'rewards', reward._id, key, { redeemed: 1 }, now, { redeemed: _.lt(total), total, active: true });
    if (res !== 'refused') return true;
    current = await getDoc<RewardDoc>(db, 'rewards', reward._id);
    if (!current?.active || current.total === total) return false;
  }
  return false;
}

/** The unit taken under `unit` goes back, once (`return:<unit>`). */
export async function giveBack(db: Database, rewardId: string, unit: string, now: Date): Promise<void> {
  await applyOnce(db, 'rewards', rewardId, `return:${unit}`, { redeemed: -1 }, now);
}

/** Whether the reward's journal (as read) holds a key old enough to settle and prune it now. */
export function dueForSettling(reward: RewardDoc, now: Date): boolean {
  return (reward.applied ?? []).some((a) => now.getTime() - new Date(a.at).getTime() >= SETTLE_AFTER_MS);
}

/**
 * Settles, then prunes, the reward's journal: each unit key older than GRACE_MS that
 * no grant names and that was not given back goes back now (its call died between the
 * unit and the points); then keys older than JOURNAL_MS go (none of them is owed anything).
 */
export async function settleRewardJournal(db: Database, reward: RewardDoc, now: Date): Promise<void> {
  const _ = db.command;
  const applied = reward.applied ?? [];
  const keys = new Set(applied.map((a) => a.key));
  const openUnits = applied.filter((a) => UNIT_KEY.test(a.key) && !keys.has(`return:${a.key}`) && now.getTime() - new Date(a.at).getTime() >= GRACE_MS);
  const open = openUnits.map((a) => a.key);
  if (open.length) {
    // A grant is written after its unit, by the same call (same clock): the kind_createdAt index narrows the search.
    const since = new Date(Math.min(...openUnits.map((a) => new Date(a.at).getTime())));
    const res = await db.collection('grants').where({ kind: 'redeem', createdAt: _.gte(since), unit: _.in(open) }).field({ unit: true }).limit(open.length).get();
    const named = new Set((res.data as Pick<RedeemEntry, 'unit'>[]).map((g) => g.unit));
    for (const key of open.filter((k) => !named.has(k))) await giveBack(db, reward._id, key, now);
  }
  await pruneJournal(db, 'rewards', reward._id, new Date(now.getTime() - JOURNAL_MS));
}

/**
 * A perk redemption's one voucher, through the partner's issuing (partner/flows/vouchers.ts
 * issueUnit, the redemption as its "order", unit 0): its id, or null when the perk refused.
 */
export async function issuePerkVoucher(db: Database, entry: RedeemEntry, perk: PerkDoc | null, now: Date): Promise<string | null> {
  const current = perk ?? (await getDoc<PerkDoc>(db, 'perks', entry.perkId ?? ''));
  if (current) await issueUnit(db, { _id: entry.redemption, openid: entry.openid, dealId: current.dealId }, current, 0, now);
  const voucher = await getDoc<VoucherDoc>(db, 'vouchers', entry.voucherId ?? '');
  return voucher && voucher.status !== 'lapsed' && voucher.status !== 'pending' ? voucher._id : null;
}
