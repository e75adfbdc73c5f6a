import fc from 'fast-check';
import {
  contributionRefusal,
  contributorWeights,
  crossedThresholds,
  DEFAULT_WEIGHTS,
  nextReward,
  phaseChangeRefusal,
  PHASE_LABELS,
  PHASES,
  presaleOutcome,
  projectGroup,
  RewardPlan,
  splitLargestRemainder,
  thresholdShares,
  trialAverages,
} from '../../cloudfunctions/shared/domain/cocreation';

const plan: RewardPlan = {
  thresholds: [
    { metric: 'units', atLeast: 500, poolFen: 300_000, points: 1000 },
    { metric: 'units', atLeast: 2000, poolFen: 800_000, points: 0 },
  ],
  weights: DEFAULT_WEIGHTS,
};

describe('共创计划 rules', () => {
  it('label every phase of the timeline in order', () => {
    expect(PHASES).toEqual(['ideas', 'recruiting', 'proposals', 'trial', 'launched']);
    expect(PHASES.map((p) => PHASE_LABELS[p])).toEqual(['需求征集', '共创官招募', '方案共创', '内测', '上市']);
  });

  it.each([
    ['an idea in 需求征集', 'idea', 'ideas', null],
    ['an upvote in 需求征集', 'upvote', 'ideas', null],
    ['an application in 招募', 'apply', 'recruiting', null],
    ['a proposal in 方案共创', 'proposal', 'proposals', null],
    ['a comment in 内测', 'comment', 'trial', null],
    ['a trial report in 内测', 'trial_report', 'trial', null],
    ['an idea in 招募', 'idea', 'recruiting', 'PHASE_CLOSED'],
    ['an application in 需求征集', 'apply', 'ideas', 'PHASE_CLOSED'],
    ['a proposal in 内测', 'proposal', 'trial', 'PHASE_CLOSED'],
    ['a trial report after launch', 'trial_report', 'launched', 'PHASE_CLOSED'],
    ['anything in a draft', 'idea', 'draft', 'PHASE_CLOSED'],
  ] as const)('refuse or allow %s', (_name, action, phase, expected) => {
    expect(contributionRefusal(action, phase, 1, 1)).toBe(expected);
  });

  it('refuse a contribution until the current rules version is accepted, the phase checked first', () => {
    expect(contributionRefusal('idea', 'ideas', null, 1)).toBe('RULES_NOT_ACCEPTED');
    expect(contributionRefusal('idea', 'ideas', 1, 2)).toBe('RULES_NOT_ACCEPTED');
    expect(contributionRefusal('idea', 'ideas', 2, 2)).toBeNull();
    expect(contributionRefusal('proposal', 'ideas', null, 1)).toBe('PHASE_CLOSED');
  });

  it('group projects as open, in progress or launched', () => {
    expect(['draft', ...PHASES].map((p) => projectGroup(p as never))).toEqual(['open', 'open', 'open', 'in_progress', 'in_progress', 'launched']);
  });

  it('move phases forward only, and never to 上市 by hand', () => {
    expect(phaseChangeRefusal('draft', 'ideas')).toBeNull();
    expect(phaseChangeRefusal('ideas', 'proposals')).toBeNull();
    expect(phaseChangeRefusal('recruiting', 'ideas')).toContain('向前');
    expect(phaseChangeRefusal('trial', 'trial')).toContain('向前');
    expect(phaseChangeRefusal('trial', 'launched')).toContain('上市');
  });

  it('weigh each contributor by the sum of the plan weights of their recorded contributions', () => {
    const weights = contributorWeights(
      [
        { openid: 'a', kind: 'idea' },
        { openid: 'a', kind: 'idea_adopted' },
        { openid: 'b', kind: 'trial_report' },
        { openid: 'c', kind: 'idea' },
      ],
      { ...DEFAULT_WEIGHTS, idea: 0 },
    );
    expect([...weights]).toEqual([['a', 5], ['b', 3]]);
  });

  it('find the thresholds crossed by units or GMV', () => {
    expect(crossedThresholds(plan, { units: 499, gmvFen: 0 })).toEqual([]);
    expect(crossedThresholds(plan, { units: 500, gmvFen: 0 })).toEqual([0]);
    expect(crossedThresholds(plan, { units: 5000, gmvFen: 0 })).toEqual([0, 1]);
    const gmv: RewardPlan = { ...plan, thresholds: [{ metric: 'gmv', atLeast: 100_000, poolFen: 1, points: 0 }] };
    expect(crossedThresholds(gmv, { units: 0, gmvFen: 100_000 })).toEqual([0]);
  });

  it('split 100 fen among three equal weights as 34, 33, 33, deterministically', () => {
    const shares = splitLargestRemainder(100, new Map([['c', 1], ['a', 1], ['b', 1]]));
    expect([...shares].sort()).toEqual([['a', 34], ['b', 33], ['c', 33]]);
    expect(splitLargestRemainder(100, new Map())).toEqual(new Map());
    expect(splitLargestRemainder(0, new Map([['a', 1]]))).toEqual(new Map());
  });

  it('split any pool so the shares sum exactly to it, pay nobody without weight, and keep each share within 1 of its exact value', () => {
    const weightsArb = fc.dictionary(fc.stringMatching(/^[a-z]{1,6}$/), fc.integer({ min: 0, max: 50 }), { maxKeys: 30 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), weightsArb, (pool, dict) => {
        const weights = new Map(Object.entries(dict));
        const total = [...weights.values()].reduce((n, w) => n + w, 0);
        const shares = splitLargestRemainder(pool, weights);
        const sum = [...shares.values()].reduce((n, s) => n + s, 0);
        expect(sum).toBe(total > 0 ? pool : 0);
        for (const [id, fen] of shares) {
          expect(Number.isInteger(fen)).toBe(true);
          expect(weights.get(id) ?? 0).toBeGreaterThan(0);
          expect(Math.abs(fen - (pool * weights.get(id)!) / total)).toBeLessThan(1);
        }
      }),
    );
  });

  it('pay a threshold as cash and points split by weight, and tell a contributor what the next threshold would pay', () => {
    const weights = new Map([['a', 6], ['b', 1]]);
    expect(thresholdShares({ poolFen: 300_000, points: 1000 }, weights).get('a')).toEqual({ cashFen: 257_143, points: 857 });
    expect(nextReward(plan, [], weights, 'a')).toMatchObject({ index: 0, cashFen: 257_143, points: 857 });
    expect(nextReward(plan, [0], weights, 'b')).toMatchObject({ index: 1, cashFen: 114_286, points: 0 });
    expect(nextReward(plan, [0], weights, 'nobody')).toMatchObject({ index: 1, cashFen: 0, points: 0 });
    expect(nextReward(plan, [0, 1], weights, 'a')).toBeNull();
  });

  it('average each trial score to one decimal and count who would buy', () => {
    expect(
      trialAverages([
        { scores: { taste: 5, texture: 4, packaging: 3, value: 4 }, wouldBuy: true },
        { scores: { taste: 4, texture: 4, packaging: 4, value: 3 }, wouldBuy: false },
        { scores: { taste: 4, texture: 5, packaging: 4, value: 3 }, wouldBuy: true },
      ]),
    ).toEqual({ averages: { taste: 4.3, texture: 4.3, packaging: 3.7, value: 3.3 }, reports: 3, wouldBuy: 2 });
    expect(trialAverages([])).toEqual({ averages: { taste: 0, texture: 0, packaging: 0, value: 0 }, reports: 0, wouldBuy: 0 });
  });

  it('decide a pre-sale by its paid quantity against the minimum', () => {
    expect(presaleOutcome(100, 100)).toBe('succeeded');
    expect(presaleOutcome(99, 100)).toBe('failed');
  });
});
