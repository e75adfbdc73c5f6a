import type { Database } from '../../shared/runtime/cloud';
import type { RewardView } from '../../shared/api';
import type { PerkDoc, RewardDoc } from '../../shared/model';
import { messageFor } from '../../shared/errors';
import { docsByIds } from '../../shared/runtime/documents';
import { aggregateFew } from '../../shared/runtime/aggregate';
import { redeemRefusal, rewardLeft } from '../../shared/domain/reward';
import { claimedByReward, readRedemptions } from './redemption-state';

/** Active rewards read at most (a brand offers a handful). */
const REWARDS_READ = 100;

/** Places taken per reward id (redemption-state.ts claimedByReward). */
type Claimed = Map<string, number>;

/** Rewards as `openid` (with `points`) sees them: what is left, what they redeemed, and why they cannot redeem now. */
export async function rewardViews(db: Database, rewards: RewardDoc[], openid: string, points: number): Promise<RewardView[]> {
  const [mine, perks] = await Promise.all([
    readRedemptions(db, openid),
    docsByIds<PerkDoc>(db, 'perks', rewards.flatMap((r) => (r.kind === 'perk' && r.perkId ? [r.perkId] : []))),
  ]);
  const claimed = claimedByReward(mine);
  return rewards.map((r) => rewardView(r, claimed.get(r._id) ?? 0, r.kind === 'perk' ? perks.get(r.perkId ?? '') : undefined, points));
}

/**
 * The active rewards, cheapest first, each joined to its perk (one round trip), as a
 * function of what the member claimed and their points (read beside it).
 */
export async function catalogueFor(db: Database): Promise<(claimed: Claimed, points: number) => RewardView[]> {
  type Row = RewardDoc & { perk: PerkDoc[] };
  const rows = await aggregateFew<Row>(
    db,
    'rewards',
    (agg) => agg.match({ active: true }).sort({ pointsCost: 1 }).limit(REWARDS_READ).lookup({ from: 'perks', localField: 'perkId', foreignField: '_id', as: 'perk' }),
    REWARDS_READ,
  );
  return (claimed, points) => rows.map(({ perk, ...r }) => rewardView(r, claimed.get(r._id) ?? 0, r.kind === 'perk' ? perk[0] : undefined, points));
}

function rewardView(r: RewardDoc, claimed: number, perk: PerkDoc | undefined, points: number): RewardView {
  // A perk reward has no more than its perk has left.
  const left = r.kind === 'perk' ? Math.min(rewardLeft(r), perk?.active ? rewardLeft({ total: perk.total, redeemed: perk.issued }) : 0) : rewardLeft(r);
  const refusal = redeemRefusal(r, { points, claimed }) ?? (left ? null : 'REWARD_EXHAUSTED');
  return {
    rewardId: r._id,
    title: r.title,
    kind: r.kind,
    pointsCost: r.pointsCost,
    amountFen: r.amountFen,
    minSpendFen: r.minSpendFen,
    dealId: r.dealId,
    dealTitle: r.dealTitle,
    perkId: r.perkId ?? null,
    perkTitle: r.perkTitle ?? null,
    validDays: r.validDays,
    left,
    perMember: r.perMember,
    claimed,
    blockedReason: refusal ? blockedText(refusal, r, points) : null,
  };
}

function blockedText(refusal: NonNullable<ReturnType<typeof redeemRefusal>>, r: RewardDoc, points: number): string {
  if (refusal === 'INSUFFICIENT_POINTS') return `还差 ${r.pointsCost - points} 积分`;
  if (refusal === 'LIMIT_EXCEEDED') return `每人限兑 ${r.perMember} 次`;
  if (refusal === 'REWARD_EXHAUSTED') return '已兑完';
  return messageFor(refusal);
}
