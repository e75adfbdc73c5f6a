/**
 * Growth (成长值), points (积分), tiers and daily check-ins. Pure: `now` and the
 * stored values are passed in.
 */
/** 探索者 → 体验官 (by growth) → 共创官 (by application). */
export type Tier = 'explorer' | 'officer' | 'cocreator';

export interface Reward {
  growth: number;
  points: number;
}

export interface MemberConfig {
  /** Growth at which an 探索者 becomes 体验官 automatically. */
  officerThreshold: number;
  /** The check-in rewards of a streak's days 1..n, cycling after the last. */
  checkinRewards: Reward[];
  /** Per published post, for at most `postRewardsPerDay` posts a day. */
  post: Reward;
  postRewardsPerDay: number;
  /** When a moderator features a post (精选). */
  featured: Reward;
  vote: Reward;
  /** Per effective order; points are also given per whole yuan paid. */
  order: Reward;
  likeReceived: Reward;
  /** At most this many likes a day earn their author anything. */
  likeRewardsPerDay: number;
}

export const DEFAULT_MEMBER_CONFIG: MemberConfig = {
  officerThreshold: 100,
  checkinRewards: [
    { growth: 2, points: 5 },
    { growth: 2, points: 5 },
    { growth: 3, points: 10 },
    { growth: 3, points: 10 },
    { growth: 4, points: 15 },
    { growth: 4, points: 15 },
    { growth: 10, points: 30 },
  ],
  post: { growth: 10, points: 10 },
  postRewardsPerDay: 3,
  featured: { growth: 30, points: 50 },
  vote: { growth: 2, points: 2 },
  order: { growth: 20, points: 0 },
  likeReceived: { growth: 1, points: 1 },
  likeRewardsPerDay: 20,
};

/** The streak of a check-in: yesterday's streak + 1 when yesterday was checked in, else 1. */
export function nextStreak(yesterdayStreak: number | null): number {
  return yesterdayStreak ? yesterdayStreak + 1 : 1;
}

/** The reward of the n-th day of a streak (1-based), cycling through the table. */
export function checkinReward(streak: number, table: Reward[]): Reward {
  if (!table.length) return { growth: 0, points: 0 };
  return table[(Math.max(1, streak) - 1) % table.length];
}

/** Points for an effective order: one per whole yuan paid. */
export function orderPoints(paidFen: number): number {
  return Math.floor(paidFen / 100);
}

/**
 * What an order's grant says it was for: a group order 拼团成功, a solo one 单独购买,
 * one taken during a pre-sale 预售购买 (it counts once the campaign closed).
 */
export function orderGrantReason(order: { kind: 'group' | 'solo'; presale?: boolean; title: string }): string {
  const what = order.presale ? '预售购买' : order.kind === 'group' ? '拼团成功' : '单独购买';
  return `${what}：${order.title}`;
}

/** The tier a member's growth earns automatically; only 探索者 → 体验官 is automatic. */
export function promotedTier(current: Tier, growth: number, config: Pick<MemberConfig, 'officerThreshold'>): Tier {
  return current === 'explorer' && growth >= config.officerThreshold ? 'officer' : current;
}

/** Progress to the next tier, for the 我的 page. */
export function tierProgress(tier: Tier, growth: number, config: Pick<MemberConfig, 'officerThreshold'>): { next: Tier | null; needed: number } {
  if (tier === 'explorer') return { next: 'officer', needed: Math.max(0, config.officerThreshold - growth) };
  if (tier === 'officer') return { next: 'cocreator', needed: 0 };
  return { next: null, needed: 0 };
}
