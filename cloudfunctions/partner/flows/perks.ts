import type { PerkInput, PerkView } from '../../shared/api';
import type { DealDoc, PartnerDoc, PerkDoc } from '../../shared/model';
import type { Database } from '../../shared/runtime/cloud';
import { AppError } from '../../shared/runtime/app-error';
import { createHash } from 'crypto';
import { docsByIds, getDoc, insertOnce, updatedCount } from '../../shared/runtime/documents';
import { perkView } from './views';

/** The perks a deal's orders earn now. */
export async function activePerksOfDeal(db: Database, dealId: string): Promise<PerkDoc[]> {
  const res = await db.collection('perks').where({ dealId, active: true }).limit(20).get();
  return res.data as PerkDoc[];
}

/** Perks as members and the brand see them, with their deals and partners (perks of a missing partner are left out). */
export async function perkViews(db: Database, perks: PerkDoc[]): Promise<PerkView[]> {
  const [deals, partners] = await Promise.all([
    docsByIds<DealDoc>(db, 'deals', perks.map((p) => p.dealId)),
    docsByIds<PartnerDoc>(db, 'partners', perks.map((p) => p.partnerId)),
  ]);
  return perks.filter((p) => partners.has(p.partnerId)).map((p) => perkView(p, deals.get(p.dealId), partners.get(p.partnerId)!));
}

/** One perk per (deal, partner, service): a save sent twice (a retry, a double tap) never makes two. */
const perkIdOf = (dealId: string, partnerId: string, service: string) => createHash('sha256').update(`${dealId}\n${partnerId}\n${service}`).digest('hex').slice(0, 32);

/**
 * Attaches a perk to a deal, or edits one. Its deal and partner stay what they
 * were (issued vouchers are honoured there); `total` may not go below the vouchers
 * issued, checked in the same conditional update that writes it.
 */
export async function savePerk(db: Database, { perkId, ...input }: PerkInput, now: Date): Promise<PerkDoc> {
  const [deal, partner] = await Promise.all([getDoc<DealDoc>(db, 'deals', input.dealId), getDoc<PartnerDoc>(db, 'partners', input.partnerId)]);
  if (!deal) throw new AppError('NOT_FOUND', '商品团购不存在');
  if (!partner) throw new AppError('NOT_FOUND', '合作伙伴不存在');
  const fields = { service: input.service, terms: input.terms, total: input.total, validity: input.validity, perMember: input.perMember, active: input.active, updatedAt: now };
  if (!perkId) {
    const perk: PerkDoc = { _id: perkIdOf(input.dealId, input.partnerId, input.service), dealId: input.dealId, partnerId: input.partnerId, ...fields, issued: 0, applied: [], createdAt: now };
    if (!(await insertOnce(db, 'perks', perk))) throw new AppError('CONFLICT', `这个商品已有「${input.service}」这项权益，请编辑它`);
    return perk;
  }
  const existing = await getDoc<PerkDoc>(db, 'perks', perkId);
  if (!existing) throw new AppError('NOT_FOUND', '权益不存在');
  if (existing.dealId !== input.dealId || existing.partnerId !== input.partnerId) {
    throw new AppError('INVALID_ARGUMENT', '权益的商品和合作伙伴不能更改，请另建一个权益');
  }
  const _ = db.command;
  // A nested object is merged field by field unless set whole (a days validity must lose its `days`).
  const res = await db.collection('perks').where({ _id: perkId, issued: _.lte(input.total) }).update({ ...fields, validity: _.set(input.validity) });
  if (updatedCount(res) !== 1) {
    const issued = (await getDoc<PerkDoc>(db, 'perks', perkId))?.issued ?? 0;
    throw new AppError('CONFLICT', `已发放 ${issued} 张，总数不能少于已发放的数量`);
  }
  return (await getDoc<PerkDoc>(db, 'perks', perkId))!;
}
