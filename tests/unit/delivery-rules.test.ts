import {
  afterSaleUntil, autoReceiveAt, DEFAULT_DEAL_DELIVERY, fulfilmentStage, isMainlandMobile, mayRequestAfterSale, offersMode, phoneTail,
  shippingFee, STAGE_LABELS, type DealDelivery, type StagedOrder,
} from '@shared/domain/delivery';

const DAY = 86_400_000;
const feeFrom = (freeFromFen: number | null, shippingFeeFen = 800): DealDelivery => ({ express: true, pickup: true, shippingFeeFen, freeFromFen });

describe('shipping fee', () => {
  it('charges the express fee below the free-shipping amount', () => {
    expect(shippingFee('express', 4999, feeFrom(5000))).toBe(800);
  });

  it('waives the fee exactly at the free-shipping amount and above', () => {
    expect(shippingFee('express', 5000, feeFrom(5000))).toBe(0);
    expect(shippingFee('express', 5001, feeFrom(5000))).toBe(0);
  });

  it('never waives it when no free-shipping amount is set', () => {
    expect(shippingFee('express', 10_000_000, feeFrom(null))).toBe(800);
  });

  it('is free from 0 when the free-shipping amount is 0', () => {
    expect(shippingFee('express', 0, feeFrom(0))).toBe(0);
  });

  it('never charges pickup, whatever the express fee', () => {
    expect(shippingFee('pickup', 100, feeFrom(null, 1200))).toBe(0);
  });

  it('charges nothing for deals made before fulfilment (free shipping)', () => {
    expect(shippingFee('express', 2990, DEFAULT_DEAL_DELIVERY)).toBe(0);
  });
});

describe('delivery modes a deal offers', () => {
  it.each([
    [{ express: true, pickup: false }, 'express', true],
    [{ express: true, pickup: false }, 'pickup', false],
    [{ express: false, pickup: true }, 'express', false],
    [{ express: false, pickup: true }, 'pickup', true],
  ] as const)('%j offers %s: %s', (modes, mode, offered) => {
    expect(offersMode({ ...modes, shippingFeeFen: 0, freeFromFen: null }, mode)).toBe(offered);
  });

  it('offers both modes on deals made before fulfilment', () => {
    expect(offersMode(DEFAULT_DEAL_DELIVERY, 'express') && offersMode(DEFAULT_DEAL_DELIVERY, 'pickup')).toBe(true);
  });
});

describe('mainland mobile numbers', () => {
  it.each(['13800138000', '15912345678', '19999999999', '16612345678'])('accepts %s', (phone) => {
    expect(isMainlandMobile(phone)).toBe(true);
  });

  it.each([
    ['too short', '1380013800'],
    ['too long', '138001380001'],
    ['second digit 2', '12800138000'],
    ['second digit 1', '11800138000'],
    ['a landline', '02154321234'],
    ['with +86', '+8613800138000'],
    ['with spaces', '138 0013 8000'],
    ['a Hong Kong number', '91234567'],
    ['letters', '1380013800a'],
    ['empty', ''],
  ])('refuses %s', (_label, phone) => {
    expect(isMainlandMobile(phone)).toBe(false);
  });

  it('shows staff the last four digits', () => {
    expect(phoneTail('13800138004')).toBe('8004');
  });
});

describe('where an order stands', () => {
  const at = new Date('2026-03-01T02:00:00Z');
  const base: StagedOrder = { status: 'effective', mode: 'express', shippedAt: null, arrivedAt: null, afterSaleOpen: false };

  it.each<[string, Partial<StagedOrder>, string]>([
    ['unpaid', { status: 'pending_payment' }, 'unpaid'],
    ['paid, group still filling', { status: 'paid' }, 'grouping'],
    ['express, not yet shipped', {}, 'to_ship'],
    ['express, shipped', { shippedAt: at }, 'shipped'],
    ['pickup, not yet at the point', { mode: 'pickup' }, 'to_arrive'],
    ['pickup, at the point', { mode: 'pickup', arrivedAt: at }, 'at_point'],
    ['received', { status: 'completed', shippedAt: at }, 'completed'],
    ['completed with an open after-sale', { status: 'completed', afterSaleOpen: true }, 'after_sale'],
    ['refunding', { status: 'refunding', afterSaleOpen: true }, 'refunding'],
    ['refunded', { status: 'refunded' }, 'refunded'],
    ['cancelled', { status: 'cancelled' }, 'cancelled'],
  ])('%s → %s', (_label, o, stage) => {
    expect(fulfilmentStage({ ...base, ...o })).toBe(stage);
  });

  it('has a Chinese label for every stage', () => {
    expect(STAGE_LABELS).toMatchObject({ to_ship: '待发货', to_arrive: '待到货', shipped: '已发货', at_point: '待自提', completed: '已完成', after_sale: '售后中' });
  });
});

describe('receipt and after-sale windows', () => {
  const shipped = new Date('2026-03-01T10:00:00Z');

  it('completes a shipped order by itself N days after shipping', () => {
    expect(autoReceiveAt(shipped, 10).getTime()).toBe(shipped.getTime() + 10 * DAY);
  });

  it('accepts after-sale requests until N days after completion', () => {
    expect(afterSaleUntil(shipped, 7).getTime()).toBe(shipped.getTime() + 7 * DAY);
  });

  it('allows a request inside the window, not at its end, not on an open request or an order not completed', () => {
    const done = { status: 'completed' as const, completedAt: shipped, afterSaleOpen: false };
    expect(mayRequestAfterSale(done, 7, new Date(shipped.getTime() + 7 * DAY - 1))).toBe(true);
    expect(mayRequestAfterSale(done, 7, new Date(shipped.getTime() + 7 * DAY))).toBe(false);
    expect(mayRequestAfterSale({ ...done, afterSaleOpen: true }, 7, shipped)).toBe(false);
    expect(mayRequestAfterSale({ ...done, status: 'effective' }, 7, shipped)).toBe(false);
    expect(mayRequestAfterSale({ ...done, completedAt: null }, 7, shipped)).toBe(false);
  });
});
