import fc from 'fast-check';
import {
  bindingExpiresAt,
  bindRefusal,
  CODE_ALPHABET,
  CODE_LENGTH,
  codeFromBytes,
  commissionFen,
  DEFAULT_DISTRIBUTION_CONFIG,
  isWellFormedCode,
  withdrawRefusal,
} from '@shared/domain/distribution';

const DAY = 86_400_000;
const NOW = new Date('2026-11-22T02:00:00Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);

describe('distributor codes', () => {
  it('are 8 characters without the look-alikes 0, O, 1, I and L', () => {
    expect(CODE_LENGTH).toBe(8);
    expect(CODE_ALPHABET).toBe('23456789ABCDEFGHJKMNPQRSTUVWXYZ');
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it('map each random byte to one character of the alphabet, in order', () => {
    expect(codeFromBytes(Uint8Array.from([0, 1, 2, 3, 4, 5, 6, 7]))).toBe('23456789');
    expect(codeFromBytes(Uint8Array.from([8, 9, 10, 20, 29, 30, 31, 32]))).toBe('ABCPYZ23');
  });

  it('wrap bytes past the alphabet around (byte 255 is the 8th character, 9)', () => {
    expect(codeFromBytes(new Uint8Array(8).fill(255))).toBe('99999999');
  });

  it('use only the first 8 bytes when given more', () => {
    expect(codeFromBytes(Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 0, 9, 9]))).toBe('22222222');
  });

  it('refuse to be made from fewer than 8 random bytes', () => {
    expect(() => codeFromBytes(new Uint8Array(7))).toThrow(new RangeError('need 8 random bytes'));
    expect(() => codeFromBytes(new Uint8Array(0))).toThrow(RangeError);
  });

  it('made from any bytes are always well formed', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: CODE_LENGTH, maxLength: 16 }), (bytes) => {
        const code = codeFromBytes(bytes);
        expect(code).toHaveLength(CODE_LENGTH);
        expect(isWellFormedCode(code)).toBe(true);
      }),
    );
  });

  it.each([
    ['a code of the alphabet', 'ABCD2345', true],
    ['the last characters of the alphabet', 'XYZ98765', true],
    ['7 characters', 'ABCD234', false],
    ['9 characters', 'ABCD23456', false],
    ['nothing', '', false],
    ['a letter O', 'ABCD234O', false],
    ['a digit 1', '1BCD2345', false],
    ['a digit 0', 'ABC0D234', false],
    ['lower case', 'abcd2345', false],
    ['a space', 'ABCD 234', false],
  ])('recognise %s as %s', (_name, code, ok) => {
    expect(isWellFormedCode(code)).toBe(ok);
  });
});

describe('commission', () => {
  it.each([
    [10_000, 1500, 1500],
    [2990, 1500, 448], // 448.5 rounds down
    [2999, 1000, 299], // 299.9 rounds down
    [66, 1500, 9], // 9.9 rounds down
    [6, 1500, 0], // 0.9: nothing
    [2990, 0, 0],
    [2990, 10_000, 2990],
    [0, 1500, 0],
  ])('on %i fen paid at %i bps is %i fen, rounded down', (paid, rate, commission) => {
    expect(commissionFen(paid, rate)).toBe(commission);
  });

  it('is a whole number of fen, never more than was paid, and never more than the exact share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000 }), (paid, rate) => {
        const commission = commissionFen(paid, rate);
        expect(Number.isInteger(commission)).toBe(true);
        expect(commission).toBeLessThanOrEqual(paid);
        expect(commission).toBeLessThanOrEqual((paid * rate) / 10_000);
        expect(commission).toBeGreaterThan((paid * rate) / 10_000 - 1);
      }),
    );
  });
});

describe('the default distribution settings', () => {
  it('pay 15%, bind for 30 days, and allow withdrawals from ¥1, 7 a day (commission waits for the after-sale window)', () => {
    expect(DEFAULT_DISTRIBUTION_CONFIG).toEqual({
      defaultRateBps: 1500,
      bindingDays: 30,
      minWithdrawFen: 100,
      maxWithdrawalsPerDay: 7,
    });
  });
});

describe('binding a shopper to a distributor', () => {
  const distributor = { openid: 'dist', active: true, boundTo: null };
  const bound = (to: string, expiresAt: Date) => ({ distributorOpenid: to, expiresAt });

  it('binds a shopper with no binding to an active distributor', () => {
    expect(bindRefusal('shopper', distributor, null, NOW)).toBeNull();
  });

  it('refuses to bind a distributor to themselves', () => {
    expect(bindRefusal('dist', distributor, null, NOW)).toBe('SELF');
  });

  it('says SELF before anything else, even for an inactive distributor already bound elsewhere', () => {
    expect(bindRefusal('dist', { ...distributor, active: false }, bound('other', later(DAY)), NOW)).toBe('SELF');
  });

  it('refuses an inactive (suspended or not approved) distributor', () => {
    expect(bindRefusal('shopper', { ...distributor, active: false }, null, NOW)).toBe('INACTIVE');
  });

  it('says INACTIVE before ALREADY_BOUND', () => {
    expect(bindRefusal('shopper', { ...distributor, active: false }, bound('other', later(DAY)), NOW)).toBe('INACTIVE');
  });

  it('keeps the first binding while it is valid', () => {
    expect(bindRefusal('shopper', distributor, bound('other', later(1)), NOW)).toBe('ALREADY_BOUND');
  });

  it('keeps the first binding even when the same distributor asks again', () => {
    expect(bindRefusal('shopper', distributor, bound('dist', later(DAY)), NOW)).toBe('ALREADY_BOUND');
  });

  it('lets a new distributor bind once the old binding expired, from its expiry instant', () => {
    expect(bindRefusal('shopper', distributor, bound('other', NOW), NOW)).toBeNull();
    expect(bindRefusal('shopper', distributor, bound('other', later(-1)), NOW)).toBeNull();
  });

  it('refuses a loop: the distributor is bound to this shopper', () => {
    const loop = { ...distributor, boundTo: bound('shopper', later(1)) };
    expect(bindRefusal('shopper', loop, null, NOW)).toBe('LOOP');
  });

  it('says ALREADY_BOUND before LOOP', () => {
    const loop = { ...distributor, boundTo: bound('shopper', later(DAY)) };
    expect(bindRefusal('shopper', loop, bound('other', later(DAY)), NOW)).toBe('ALREADY_BOUND');
  });

  it('is no loop once the distributor’s own binding to this shopper expired', () => {
    expect(bindRefusal('shopper', { ...distributor, boundTo: bound('shopper', NOW) }, null, NOW)).toBeNull();
    expect(bindRefusal('shopper', { ...distributor, boundTo: bound('shopper', later(-DAY)) }, null, NOW)).toBeNull();
  });

  it('is no loop when the distributor is bound to someone else', () => {
    expect(bindRefusal('shopper', { ...distributor, boundTo: bound('third', later(DAY)) }, null, NOW)).toBeNull();
  });

  it('lasts the configured number of days', () => {
    expect(bindingExpiresAt(NOW, 30)).toEqual(new Date('2026-12-22T02:00:00Z'));
    expect(bindingExpiresAt(NOW, 1).getTime() - NOW.getTime()).toBe(DAY);
    expect(bindingExpiresAt(NOW, 0)).toEqual(NOW);
  });
});

describe('withdrawals', () => {
  const config = { ...DEFAULT_DISTRIBUTION_CONFIG, minWithdrawFen: 100, maxWithdrawalsPerDay: 3 };

  it('allow the minimum amount, the whole balance, and the last withdrawal of the day', () => {
    expect(withdrawRefusal(100, 5000, 0, config)).toBeNull();
    expect(withdrawRefusal(5000, 5000, 0, config)).toBeNull();
    expect(withdrawRefusal(1000, 5000, 2, config)).toBeNull();
  });

  it('refuse an amount below the minimum', () => {
    expect(withdrawRefusal(99, 5000, 0, config)).toBe('TOO_SMALL');
    expect(withdrawRefusal(0, 5000, 0, config)).toBe('TOO_SMALL');
  });

  it('refuse a withdrawal above the available balance', () => {
    expect(withdrawRefusal(5001, 5000, 0, config)).toBe('INSUFFICIENT_BALANCE');
  });

  it('refuse a withdrawal once the day’s limit is used up', () => {
    expect(withdrawRefusal(1000, 5000, 3, config)).toBe('LIMIT_EXCEEDED');
    expect(withdrawRefusal(1000, 5000, 4, config)).toBe('LIMIT_EXCEEDED');
  });

  it('say TOO_SMALL before INSUFFICIENT_BALANCE before LIMIT_EXCEEDED', () => {
    expect(withdrawRefusal(50, 10, 3, config)).toBe('TOO_SMALL');
    expect(withdrawRefusal(6000, 5000, 3, config)).toBe('INSUFFICIENT_BALANCE');
  });

  it('with an empty balance, refuse even the minimum', () => {
    expect(withdrawRefusal(100, 0, 0, config)).toBe('INSUFFICIENT_BALANCE');
  });
});
