import { checkinReward, DEFAULT_MEMBER_CONFIG, nextStreak, orderPoints, promotedTier, tierProgress } from '../../cloudfunctions/shared/domain/growth';

const table = DEFAULT_MEMBER_CONFIG.checkinRewards;

describe('check-in streaks and rewards', () => {
  it('continue from yesterday and restart at 1 after a missed day', () => {
    expect(nextStreak(6)).toBe(7);
    expect(nextStreak(1)).toBe(2);
    expect(nextStreak(null)).toBe(1);
    expect(nextStreak(0)).toBe(1);
  });

  it('cycle through the 7-day table', () => {
    expect(checkinReward(1, table)).toEqual(table[0]);
    expect(checkinReward(7, table)).toEqual({ growth: 10, points: 30 });
    expect(checkinReward(8, table)).toEqual(table[0]);
    expect(checkinReward(15, table)).toEqual(table[0]);
    expect(checkinReward(3, [{ growth: 1, points: 1 }])).toEqual({ growth: 1, points: 1 });
    expect(checkinReward(3, [])).toEqual({ growth: 0, points: 0 });
  });

  it('pay a streak of 0 or less as its first day', () => {
    expect(checkinReward(0, table)).toEqual(table[0]);
    expect(checkinReward(-3, table)).toEqual(table[0]);
  });

  it('by default pay 28 growth and 90 points over a full week, the 7th day most', () => {
    const week = [1, 2, 3, 4, 5, 6, 7].map((day) => checkinReward(day, table));
    expect(week.reduce((sum, r) => sum + r.growth, 0)).toBe(28);
    expect(week.reduce((sum, r) => sum + r.points, 0)).toBe(90);
    expect(week.map((r) => r.points)).toEqual([5, 5, 10, 10, 15, 15, 30]);
    expect(week.map((r) => r.growth)).toEqual([2, 2, 3, 3, 4, 4, 10]);
  });
});

describe('the default member rewards', () => {
  it('promote to 体验官 at 100 growth', () => {
    expect(DEFAULT_MEMBER_CONFIG.officerThreshold).toBe(100);
  });

  it('reward up to 3 posts a day with 10 growth and 10 points each, and a featured post with 30 and 50', () => {
    expect(DEFAULT_MEMBER_CONFIG.post).toEqual({ growth: 10, points: 10 });
    expect(DEFAULT_MEMBER_CONFIG.postRewardsPerDay).toBe(3);
    expect(DEFAULT_MEMBER_CONFIG.featured).toEqual({ growth: 30, points: 50 });
  });

  it('reward a vote with 2 and 2, an effective order with 20 growth (points come per yuan), and up to 20 likes a day with 1 and 1', () => {
    expect(DEFAULT_MEMBER_CONFIG.vote).toEqual({ growth: 2, points: 2 });
    expect(DEFAULT_MEMBER_CONFIG.order).toEqual({ growth: 20, points: 0 });
    expect(DEFAULT_MEMBER_CONFIG.likeReceived).toEqual({ growth: 1, points: 1 });
    expect(DEFAULT_MEMBER_CONFIG.likeRewardsPerDay).toBe(20);
  });
});

describe('tiers', () => {
  it('promote an 探索者 at the threshold, and nobody else automatically', () => {
    expect(promotedTier('explorer', 99, { officerThreshold: 100 })).toBe('explorer');
    expect(promotedTier('explorer', 100, { officerThreshold: 100 })).toBe('officer');
    expect(promotedTier('officer', 10_000, { officerThreshold: 100 })).toBe('officer');
    expect(promotedTier('cocreator', 0, { officerThreshold: 100 })).toBe('cocreator');
  });

  it('never demote a 共创官, however much growth', () => {
    expect(promotedTier('cocreator', 10_000, { officerThreshold: 100 })).toBe('cocreator');
  });

  it('tell how far the next tier is', () => {
    expect(tierProgress('explorer', 35, { officerThreshold: 100 })).toEqual({ next: 'officer', needed: 65 });
    expect(tierProgress('explorer', 100, { officerThreshold: 100 })).toEqual({ next: 'officer', needed: 0 });
    expect(tierProgress('explorer', 130, { officerThreshold: 100 })).toEqual({ next: 'officer', needed: 0 });
    expect(tierProgress('officer', 200, { officerThreshold: 100 })).toEqual({ next: 'cocreator', needed: 0 });
    expect(tierProgress('cocreator', 200, { officerThreshold: 100 })).toEqual({ next: null, needed: 0 });
  });

  it('give a point per whole yuan of an effective order', () => {
    expect(orderPoints(2990)).toBe(29);
    expect(orderPoints(99)).toBe(0);
    expect(orderPoints(100)).toBe(1);
  });
});
