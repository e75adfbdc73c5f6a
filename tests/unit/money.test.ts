import fc from 'fast-check';
import { isFen, savingPercent } from '../../cloudfunctions/shared/domain/money';

describe('money in fen', () => {
  it('accepts only non-negative safe integers as fen', () => {
    expect(isFen(2990)).toBe(true);
    expect(isFen(0)).toBe(true);
    expect(isFen(29.9)).toBe(false);
    expect(isFen(-1)).toBe(false);
    expect(isFen('2990')).toBe(false);
    expect(isFen(Number.MAX_SAFE_INTEGER + 1)).toBe(false);
  });

  it.each([
    [2990, 3990, 25],
    [8800, 12800, 31],
    [1990, 2990, 33],
    [100, 100, null],
    [120, 100, null],
    [100, null, null],
  ])('saving of %i against %p is %p percent, rounded down', (group, solo, percent) => {
    expect(savingPercent(group, solo)).toBe(percent);
  });

  it('is a whole percent from 0 to 100, or null, for any prices in fen', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.option(fc.nat(1_000_000)), (group, solo) => {
        const percent = savingPercent(group, solo);
        if (percent === null) return;
        expect(Number.isInteger(percent)).toBe(true);
        expect(percent).toBeGreaterThanOrEqual(0);
        expect(percent).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('is null without a solo price or with a solo price of zero', () => {
    for (const group of [0, 100]) {
      expect(savingPercent(group, null)).toBeNull();
      expect(savingPercent(group, 0)).toBeNull();
    }
  });

  it('rounds 99.99 percent down to 99', () => {
    expect(savingPercent(1, 10_000)).toBe(99);
  });
});
