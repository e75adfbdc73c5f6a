import { dealPhase, isVisibleToShoppers } from '../../cloudfunctions/shared/domain/deal';

const at = (iso: string) => new Date(iso);
const deal = {
  status: 'active' as const,
  startAt: at('2026-11-20T00:00:00+08:00'),
  endAt: at('2026-11-30T00:00:00+08:00'),
  stockLeft: 5,
};

describe('dealPhase', () => {
  it.each([
    ['before its start it is upcoming', deal, '2026-11-19T23:59:59+08:00', 'upcoming'],
    ['from its start it is on sale', deal, '2026-11-20T00:00:00+08:00', 'on_sale'],
    ['without stock it is sold out', { ...deal, stockLeft: 0 }, '2026-11-21T12:00:00+08:00', 'sold_out'],
    ['at its end it has ended', deal, '2026-11-30T00:00:00+08:00', 'ended'],
    ['a closed deal has ended even inside its window', { ...deal, status: 'closed' as const }, '2026-11-21T12:00:00+08:00', 'ended'],
    ['a draft stays a draft', { ...deal, status: 'draft' as const }, '2026-11-21T12:00:00+08:00', 'draft'],
  ])('%s', (_name, d, now, phase) => {
    expect(dealPhase(d, at(now))).toBe(phase);
  });

  it('hides drafts from shoppers and shows everything else', () => {
    expect(isVisibleToShoppers({ ...deal, status: 'draft' }, at('2026-11-21T00:00:00Z'))).toBe(false);
    expect(isVisibleToShoppers({ ...deal, stockLeft: 0 }, at('2026-11-21T00:00:00Z'))).toBe(true);
  });
});
