import { completionFacts } from '../../cloudfunctions/shared/domain/completion';

const at = new Date('2026-06-01T08:00:00Z');
const before = new Date('2026-05-01T00:00:00Z');
const after = new Date('2026-06-02T00:00:00Z');
const read = (over: Partial<Parameters<typeof completionFacts>[0]> = {}) => ({ rewardsDone: true, commission: null, perks: [], afterSaleDays: 7, ...over });

describe('what follows an order’s completion', () => {
  it('schedules the commission only when one may be pending: found unscheduled, or the rewards not recorded yet', () => {
    expect(completionFacts(read({ commission: { status: 'pending', unfreezeAt: null } }), at).commissionPending).toBe(true);
    expect(completionFacts(read({ rewardsDone: undefined }), at).commissionPending).toBe(true);
    expect(completionFacts(read(), at).commissionPending).toBe(false);
    expect(completionFacts(read({ commission: { status: 'pending', unfreezeAt: after } }), at).commissionPending).toBe(false);
    expect(completionFacts(read({ commission: { status: 'cancelled', unfreezeAt: null } }), at).commissionPending).toBe(false);
  });

  it('issues vouchers only for an active perk that existed when the order completed', () => {
    expect(completionFacts(read({ perks: [{ active: true, createdAt: before }] }), at).perksEarned).toBe(true);
    expect(completionFacts(read({ perks: [{ active: true, createdAt: at.toISOString() }] }), at).perksEarned).toBe(true);
    expect(completionFacts(read({ perks: [{ active: false, createdAt: before }] }), at).perksEarned).toBe(false);
    expect(completionFacts(read({ perks: [{ active: true, createdAt: after }] }), at).perksEarned).toBe(false);
    expect(completionFacts(read({ perks: [null] }), at).perksEarned).toBe(false);
  });

  it('carries the after-sale window', () => {
    expect(completionFacts(read({ afterSaleDays: 3 }), at).afterSaleDays).toBe(3);
  });
});
