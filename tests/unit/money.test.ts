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
});
