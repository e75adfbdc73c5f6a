import { checkinReward, DEFAULT_MEMBER_CONFIG, nextStreak, orderPoints, promotedTier, tierProgress } from '../../cloudfunctions/shared/domain/growth';

const table = DEFAULT_MEMBER_CONFIG.checkinRewards;

describe('check-in streaks and rewards', () => {
  it('continue from yesterday and restart at 1 after a missed day', () => {
    expect(nextStreak(6)).toBe(7);
    expect(nextStreak(null)).toBe(1);
  });

  it('cycle through the 7-day table', () => {
    expect(checkinReward(1, table)).toEqual(table[0]);
    expect(checkinReward(7, table)).toEqual({ growth: 10, points: 30 });
    expect(checkinReward(8, table)).toEqual(table[0]);
    expect(checkinReward(15, table)).toEqual(table[0]);
    expect(checkinReward(3, [{ growth: 1, points: 1 }])).toEqual({ growth: 1, points: 1 });
    expect(checkinReward(3, [])).toEqual({ growth: 0, points: 0 });
  });
});

describe('tiers', () => {
  it('promote an 探索者 at the threshold, and nobody else automatically', () => {
    expect(promotedTier('explorer', 99, { officerThreshold: 100 })).toBe('explorer');
    expect(promotedTier('explorer', 100, { officerThreshold: 100 })).toBe('officer');
    expect(promotedTier('officer', 10_000, { officerThreshold: 100 })).toBe('officer');
    expect(promotedTier('cocreator', 0, { officerThreshold: 100 })).toBe('cocreator');
  });

  it('tell how far the next tier is', () => {
    expect(tierProgress('explorer', 35, { officerThreshold: 100 })).toEqual({ next: 'officer', needed: 65 });
    expect(tierProgress('officer', 200, { officerThreshold: 100 })).toEqual({ next: 'cocreator', needed: 0 });
    expect(tierProgress('cocreator', 200, { officerThreshold: 100 })).toEqual({ next: null, needed: 0 });
  });

  it('give a point per whole yuan of an effective order', () => {
    expect(orderPoints(2990)).toBe(29);
    expect(orderPoints(99)).toBe(0);
  });
});
