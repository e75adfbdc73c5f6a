import type { LocalCloud } from '../local-cloud';
import type { AdminRewardView } from '../../cloudfunctions/shared/api';
import type { RewardDoc } from '../../cloudfunctions/shared/model';
import { database } from '../../cloudfunctions/shared/runtime/cloud';
import { getDoc } from '../../cloudfunctions/shared/runtime/documents';
import { now } from '../../cloudfunctions/shared/runtime/clock';
import { issueCoupon } from '../../cloudfunctions/member/flows/coupons';
import { callAs } from './call';
import type { SeedIds } from './index';

/**
 * 积分商城, through admin.saveReward: 满39减5 (300 积分), 山月瑜伽's 体验课 (a partner perk,
 * 600; seeded after the partners), a free 燕麦坚果脆 (800), 满99减15 (1000), and an off-shelf 新人礼 whose one coupon 小满 holds (she has few points and stays
 * an 探索者: the gift spends none). Skipped when the catalogue exists.
 */
export async function seedRewards(cloud: LocalCloud, ids: SeedIds): Promise<void> {
  const db = database();
  if ((await db.collection('rewards').limit(1).get()).data.length) return;
  const save = async (draft: Record<string, unknown>) =>
    (await callAs<{ reward: AdminRewardView }>(cloud, 'admin', 'demo-admin', { action: 'saveReward', perMember: 1, validDays: 30, active: true, dealId: null, ...draft })).reward;
  const oat = (await db.collection('deals').where({ title: '燕麦坚果脆' }).limit(1).get()).data[0] as { _id: string } | undefined;
  await save({ title: '满39减5元券', kind: 'coupon', pointsCost: 300, amountFen: 500, minSpendFen: 3900, total: 200, perMember: 2 });
  const yogaPerk = (await db.collection('perks').where({ service: '一节瑜伽体验课' }).limit(1).get()).data[0] as { _id: string } | undefined;
  if (yogaPerk) await save({ title: '山月瑜伽 体验课', kind: 'perk', pointsCost: 600, amountFen: 0, minSpendFen: 0, perkId: yogaPerk._id, total: 50 });
  if (oat) await save({ title: '燕麦坚果脆 免费试吃', kind: 'sample', pointsCost: 800, amountFen: 0, minSpendFen: 0, dealId: oat._id, total: 50 });
  await save({ title: '满99减15元券', kind: 'coupon', pointsCost: 1000, amountFen: 1500, minSpendFen: 9900, total: 100 });
  const gift = await save({ title: '新人礼 满39减5', kind: 'coupon', pointsCost: 1, amountFen: 500, minSpendFen: 3900, total: 0, active: false });
  const reward = (await getDoc<RewardDoc>(db, 'rewards', gift.rewardId))!;
  await issueCoupon(db, ids('coupon:welcome:demo-shopper'), 'demo-shopper', reward, now());
}
