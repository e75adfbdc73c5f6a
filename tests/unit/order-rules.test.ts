import fc from 'fast-check';
import { decidePayment, exceedsLimit, orderAmount, refundStockMove, stockDelta, type OrderStatus, type PayableOrder } from '@shared/domain/order';

describe('order amounts and limits', () => {
  it('charges the unit price times the quantity, in fen', () => {
    expect(orderAmount(2990, 3)).toBe(8970);
    expect(orderAmount(2990, 1)).toBe(2990);
    expect(orderAmount(0, 5)).toBe(0);
  });

  it('lets a user hold exactly the per-user limit', () => {
    expect(exceedsLimit(0, 2, 2)).toBe(false);
    expect(exceedsLimit(1, 1, 2)).toBe(false);
  });

  it('counts what the user already holds towards the limit', () => {
    expect(exceedsLimit(1, 2, 2)).toBe(true);
    expect(exceedsLimit(2, 1, 2)).toBe(true);
    expect(exceedsLimit(0, 3, 2)).toBe(true);
  });

  it('refuses exactly the quantities that would take the user past the limit', () => {
    fc.assert(
      fc.property(fc.nat(20), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 20 }), (held, quantity, limit) => {
        expect(exceedsLimit(held, quantity, limit)).toBe(held + quantity > limit);
      }),
    );
  });
});

describe('an arriving payment', () => {
  const order: PayableOrder = { status: 'pending_payment', amountFen: 2990, openid: 'buyer', transactionId: null };
  const payment = { amountFen: 2990, payerOpenid: 'buyer', transactionId: 'tx-1' };

  it('moves an unpaid order to paid', () => {
    expect(decidePayment(order, payment)).toEqual({ kind: 'apply' });
  });

  it('does nothing when the same payment was already applied (notifications repeat)', () => {
    expect(decidePayment({ ...order, status: 'paid', transactionId: 'tx-1' }, payment)).toEqual({ kind: 'already_applied' });
    expect(decidePayment({ ...order, status: 'effective', transactionId: 'tx-1' }, payment)).toEqual({ kind: 'already_applied' });
    expect(decidePayment({ ...order, status: 'refunded', transactionId: 'tx-1' }, payment)).toEqual({ kind: 'already_applied' });
  });

  it('is refunded when the reservation was released before the money came', () => {
    expect(decidePayment({ ...order, status: 'cancelled' }, payment)).toEqual({ kind: 'refund_late' });
    expect(decidePayment({ ...order, status: 'cancelled', transactionId: undefined }, payment)).toEqual({ kind: 'refund_late' });
  });

  it('is applied once only, even on a cancelled order it was already applied to', () => {
    expect(decidePayment({ ...order, status: 'cancelled', transactionId: 'tx-1' }, payment)).toEqual({ kind: 'already_applied' });
  });

  it('is rejected when the amount does not match, whatever the order’s state', () => {
    expect(decidePayment(order, { ...payment, amountFen: 2989 })).toEqual({ kind: 'reject', reason: 'amount mismatch' });
    expect(decidePayment(order, { ...payment, amountFen: 2991 })).toEqual({ kind: 'reject', reason: 'amount mismatch' });
    expect(decidePayment({ ...order, status: 'paid', transactionId: 'tx-1' }, { ...payment, amountFen: 1 })).toEqual({ kind: 'reject', reason: 'amount mismatch' });
  });

  it('is rejected when someone else paid', () => {
    expect(decidePayment(order, { ...payment, payerOpenid: 'stranger' })).toEqual({ kind: 'reject', reason: 'payer mismatch' });
    expect(decidePayment({ ...order, status: 'paid', transactionId: 'tx-1' }, { ...payment, payerOpenid: 'stranger' })).toEqual({
      kind: 'reject',
      reason: 'payer mismatch',
    });
  });

  it('checks the amount before the payer', () => {
    expect(decidePayment(order, { ...payment, amountFen: 1, payerOpenid: 'stranger' })).toEqual({ kind: 'reject', reason: 'amount mismatch' });
  });

  it.each(['paid', 'effective', 'completed', 'refunding', 'refunded'] as const)('is rejected as a second payment for an order already %s', (status) => {
    expect(decidePayment({ ...order, status, transactionId: 'tx-1' }, { ...payment, transactionId: 'tx-2' })).toEqual({
      kind: 'reject',
      reason: `a second payment for an order in ${status}`,
    });
  });

  it('applies a payment only to an unpaid order, and only when amount and payer match', () => {
    const statuses: OrderStatus[] = ['pending_payment', 'paid', 'effective', 'completed', 'cancelled', 'refunding', 'refunded'];
    fc.assert(
      fc.property(
        fc.constantFrom(...statuses),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.constantFrom('buyer', 'stranger'),
        fc.constantFrom('tx-1', 'tx-2', null),
        (status, amountFen, paidFen, payer, transactionId) => {
          const decision = decidePayment({ status, amountFen, openid: 'buyer', transactionId }, { amountFen: paidFen, payerOpenid: payer, transactionId: 'tx-1' });
          if (paidFen !== amountFen || payer !== 'buyer') expect(decision.kind).toBe('reject');
          else if (status === 'pending_payment') expect(decision).toEqual({ kind: 'apply' });
          else expect(decision.kind).not.toBe('apply');
        },
      ),
    );
  });
});

describe('the units of a deal an order moves', () => {
  it('sells reserved units when the order is paid', () => {
    expect(stockDelta('sell', 2)).toEqual({ stockReserved: -2, stockSold: 2 });
  });

  it('puts reserved units back on sale when a reservation is released', () => {
    expect(stockDelta('release', 2)).toEqual({ stockReserved: -2, stockLeft: 2 });
  });

  it('puts sold units back on sale on a refund', () => {
    expect(stockDelta('restock', 2)).toEqual({ stockSold: -2, stockLeft: 2 });
  });

  it('writes shipped units that never came back off the sold count', () => {
    expect(stockDelta('writeoff', 2)).toEqual({ stockSold: -2, stockWrittenOff: 2 });
  });

  it('never creates or loses a unit', () => {
    fc.assert(
      fc.property(fc.constantFrom('sell' as const, 'release' as const, 'restock' as const, 'writeoff' as const), fc.integer({ min: 1, max: 100 }), (move, quantity) => {
        const { stockLeft = 0, stockReserved = 0, stockSold = 0, stockWrittenOff = 0 } = stockDelta(move, quantity);
        expect(stockLeft + stockReserved + stockSold + stockWrittenOff).toBe(0);
        expect([stockLeft, stockReserved, stockSold, stockWrittenOff].filter((n) => n !== 0).map(Math.abs)).toEqual([quantity, quantity]);
      }),
    );
  });
});

describe('what a refund does to the stock', () => {
  it.each(['paid', 'effective'] as const)('puts the units of a %s order back on sale', (status) => {
    expect(refundStockMove({ status })).toBe('restock');
    expect(refundStockMove({ status, shippedAt: null })).toBe('restock');
  });

  it.each(['paid', 'effective'] as const)('never restocks a unit that was shipped (%s): it is written off', (status) => {
    expect(refundStockMove({ status, shippedAt: new Date('2026-11-22T02:00:00Z') })).toBe('writeoff');
  });

  it.each(['pending_payment', 'cancelled', 'refunding', 'refunded'] as const)('moves nothing for an order in %s', (status) => {
    expect(refundStockMove({ status })).toBeNull();
  });

  it('keeps a completed (after-sale) order\'s shipped units out of stock unless the return was received', () => {
    const shippedAt = new Date('2026-01-01T00:00:00Z');
    expect(refundStockMove({ status: 'completed', shippedAt })).toBe('writeoff');
    expect(refundStockMove({ status: 'completed', shippedAt }, true)).toBe('restock');
  });
});
