import { z } from 'zod';
import type { AdminRewardView } from '../../shared/api';
import type { DealDoc, PartnerDoc, PerkDoc, RewardDoc } from '../../shared/model';
import type { Database } from '../../shared/runtime/cloud';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { getDoc, updatedCount } from '../../shared/runtime/documents';
import { newId } from '../../shared/runtime/ids';
import { idSchema } from '../../shared/runtime/schemas';
import { perkTitleOf, sampleWorth } from '../../shared/domain/reward';
import { rewardViews } from '../../member/flows/catalogue';

async function adminViews(db: Database, rewards: RewardDoc[], openid: string): Promise<AdminRewardView[]> {
  const views = await rewardViews(db, rewards, openid, Number.MAX_SAFE_INTEGER);
  return views.map((v, i) => ({ ...v, total: rewards[i].total, redeemed: rewards[i].redeemed, active: rewards[i].active }));
}

/** 积分商城 catalogue: every reward, active first, cheapest first. */
export const listRewards = action({
  admin: true,
  input: z.object({}),
  async handler(_input, { db, openid }): Promise<{ items: AdminRewardView[] }> {
    const res = await db.collection('rewards').orderBy('active', 'desc').orderBy('pointsCost', 'asc').limit(200).get();
    return { items: await adminViews(db, res.data as RewardDoc[], openid) };
  },
});

const count = (min: number, max: number, what: string) => z.number().int(`${what}须为整数`).min(min, `${what}至少 ${min}`).max(max, `${what}最多 ${max}`);

const rewardSchema = z
  .object({
    rewardId: idSchema.optional(),
    title: z.string().trim().min(1, '请填写兑换品名称').max(30, '名称最多 30 字'),
    kind: z.enum(['coupon', 'sample', 'perk'], { error: '请选择类型：优惠券、免费试吃或合作伙伴权益' }),
    pointsCost: count(1, 1_000_000, '所需积分'),
    amountFen: count(0, 1_000_000, '优惠金额（分）'),
    minSpendFen: count(0, 10_000_000, '使用门槛（分）'),
    dealId: idSchema.nullable().default(null),
    perkId: idSchema.nullable().default(null),
    total: count(0, 1_000_000, '总数'),
    perMember: count(1, 100, '每人限兑'),
    validDays: count(1, 365, '有效天数'),
    active: z.boolean().default(true),
  })
  .refine((r) => r.kind !== 'coupon' || r.amountFen > 0, { message: '请填写优惠金额', path: ['amountFen'] })
  .refine((r) => r.kind !== 'sample' || r.dealId, { message: '免费试吃须指定商品', path: ['dealId'] })
  .refine((r) => r.kind !== 'perk' || r.perkId, { message: '合作伙伴权益须选一项权益', path: ['perkId'] });

/** A perk reward's perk and its name (山月瑜伽 一节瑜伽体验课); its deal is the perk's. */
async function perkOf(db: Database, perkId: string): Promise<{ perk: PerkDoc; title: string }> {
  const perk = await getDoc<PerkDoc>(db, 'perks', perkId);
  if (!perk) throw new AppError('NOT_FOUND', '合作伙伴权益不存在');
  const partner = await getDoc<PartnerDoc>(db, 'partners', perk.partnerId);
  return { perk, title: perkTitleOf(partner?.name ?? '合作伙伴', perk.service) };
}

/**
 * Creates a reward or edits one. The total may not go below what was redeemed,
 * checked in the same conditional update that writes it; `redeemed` is never
 * written here (only redemptions move it). A sample is worth its deal's price.
 */
export const saveReward = action({
  admin: true,
  input: rewardSchema,
  async handler({ rewardId, ...draft }, { db, now, openid }): Promise<{ reward: AdminRewardView }> {
    const chosen = draft.kind === 'perk' ? await perkOf(db, draft.perkId!) : null;
    const input = { ...draft, dealId: chosen ? chosen.perk.dealId : draft.dealId, perkId: chosen ? chosen.perk._id : null };
    const deal = input.dealId ? await getDoc<DealDoc>(db, 'deals', input.dealId) : null;
    if (input.dealId && !deal) throw new AppError('NOT_FOUND', '商品团购不存在');
    const fields = {
      ...input,
      amountFen: input.kind === 'sample' ? sampleWorth(deal!) : input.kind === 'perk' ? 0 : input.amountFen,
      minSpendFen: input.kind === 'coupon' ? input.minSpendFen : 0,
      dealTitle: deal?.title ?? null,
      perkTitle: chosen?.title ?? null,
      updatedAt: now,
    };
    const id = rewardId ?? newId();
    if (!rewardId) {
      const reward: RewardDoc = { _id: id, ...fields, redeemed: 0, applied: [], createdAt: now };
      await db.collection('rewards').add(reward);
    } else {
      const _ = db.command;
      const res = await db.collection('rewards').where({ _id: id, redeemed: _.lte(input.total) }).update(fields);
      if (updatedCount(res) !== 1) {
        const existing = await getDoc<RewardDoc>(db, 'rewards', id);
        if (!existing) throw new AppError('NOT_FOUND', '兑换品不存在');
        throw new AppError('CONFLICT', `已兑出 ${existing.redeemed} 份，总数不能少于已兑出的数量`);
      }
    }
    const saved = (await getDoc<RewardDoc>(db, 'rewards', id))!;
    return { reward: (await adminViews(db, [saved], openid))[0] };
  },
});
