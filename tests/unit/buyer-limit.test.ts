import fc from 'fast-check';
import { nextSlot, unitsHeld, type BuyerOrder } from '@shared/domain/buyer-limit';
import type { OrderStatus } from '@shared/domain/order';

const order = (status: OrderStatus, quantity: number, slot?: number): BuyerOrder => ({ status, quantity, ...(slot === undefined ? {} : { slot }) });

describe('the per-user limit read from the buyer’s own orders', () => {
  it('counts the units of orders still held, reserved or paid', () => {
    expect(unitsHeld([order('pending_payment', 1, 0), order('paid', 2, 1), order('effective', 1, 2), order('completed', 1, 3)])).toBe(5);
  });

  it('does not count cancelled or refunded orders: their units came back', () => {
    expect(unitsHeld([order('cancelled', 3, 0), order('refunding', 2, 1), order('refunded', 1, 2), order('paid', 1, 3)])).toBe(1);
  });

  it('counts orders made before slots too', () => {
    expect(unitsHeld([order('paid', 2)])).toBe(2);
  });
});

describe('order slots', () => {
  it('starts at 0 and takes the one past the highest taken, cancelled ones included', () => {
    expect(nextSlot([])).toBe(0);
    expect(nextSlot([order('cancelled', 1, 0)])).toBe(1);
    expect(nextSlot([order('paid', 1, 0), order('cancelled', 1, 2)])).toBe(3);
  });

  it('ignores orders made before slots', () => {
    expect(nextSlot([order('paid', 2)])).toBe(0);
  });

  it('never gives a slot already taken, whatever the orders read', () => {
    const statuses: OrderStatus[] = ['pending_payment', 'paid', 'effective', 'completed', 'cancelled', 'refunding', 'refunded'];
    fc.assert(
      fc.property(fc.array(fc.record({ status: fc.constantFrom(...statuses), quantity: fc.integer({ min: 1, max: 5 }), slot: fc.option(fc.nat(30), { nil: undefined }) })), (orders) => {
        const taken = new Set(orders.map((o) => o.slot).filter((s) => s !== undefined));
        expect(taken.has(nextSlot(orders))).toBe(false);
      }),
    );
  });
});
