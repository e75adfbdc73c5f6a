import { attemptKey, isShortCode, readCode, redeemRefusal, refKey, shortCodeFrom } from '@shared/domain/verify-code';
import { refundStockMove } from '@shared/domain/order';
import { shippingInfoRequest } from '@shared/providers/shipping/wechat-shipping';
import { expressCompanyCode, maskedContact } from '@shared/providers/shipping/express-companies';

const NOW = new Date('2026-03-01T15:30:00Z'); // 23:30 in Shanghai

describe('verification codes', () => {
  it('make a 6-digit short code from any 4 random bytes', () => {
    expect(shortCodeFrom(new Uint8Array([0, 0, 0, 7]))).toBe('000007');
    expect(shortCodeFrom(new Uint8Array([255, 255, 255, 255]))).toMatch(/^\d{6}$/);
    expect(() => shortCodeFrom(new Uint8Array(3))).toThrow(RangeError);
    expect(isShortCode('12345')).toBe(false);
  });

  it('read a scanned token or a typed short code, and nothing else', () => {
    expect(readCode(' 123 456 ')).toEqual({ short: '123456' });
    expect(readCode('A'.repeat(32))).toEqual({ token: 'a'.repeat(32) });
    expect(readCode('order-123')).toBeNull();
  });

  it('count wrong guesses per caller per Shanghai hour', () => {
    expect(attemptKey('u1', NOW)).toBe('u1_2026030123');
    expect(attemptKey('u1', new Date(NOW.getTime() + 31 * 60_000))).toBe('u1_2026030200');
    expect(refKey('pickup', 'o1')).toBe('pickup_o1');
  });

  it('refuse another place before saying anything about the code, then used, void or expired ones', () => {
    const code = { status: 'active' as const, placeId: 'p1', expiresAt: null };
    expect(redeemRefusal({ ...code, status: 'used' }, ['p2'], NOW)).toBe('WRONG_POINT');
    expect(redeemRefusal({ ...code, status: 'used' }, ['p1'], NOW)).toBe('CODE_USED');
    expect(redeemRefusal({ ...code, status: 'void' }, null, NOW)).toBe('VOID');
    expect(redeemRefusal({ ...code, expiresAt: NOW }, null, NOW)).toBe('EXPIRED');
    expect(redeemRefusal(code, ['p1'], NOW)).toBeNull();
  });
});

describe('a refund and the stock', () => {
  it('restocks unshipped units, and shipped ones only when the return was received (else writes them off)', () => {
    expect(refundStockMove({ status: 'effective', shippedAt: null })).toBe('restock');
    expect(refundStockMove({ status: 'completed', shippedAt: NOW })).toBe('writeoff');
    expect(refundStockMove({ status: 'completed', shippedAt: NOW }, true)).toBe('restock');
    expect(refundStockMove({ status: 'cancelled', shippedAt: null }, true)).toBeNull();
  });
});

describe('WeChat shipping information', () => {
  const info = { orderId: 'o1', transactionId: 'tx1', payerOpenid: 'u1', company: '顺丰速运', trackingNo: 'SF123', itemDesc: '能量碗*2', receiverContact: '139****5678', uploadedAt: NOW };

  it('uploads an express parcel with WeChat\'s company code, masked contact and Beijing time', () => {
    expect(shippingInfoRequest({ ...info, mode: 'express' })).toEqual({
      order_key: { order_number_type: 2, transaction_id: 'tx1' },
      logistics_type: 1,
      delivery_mode: 1,
      shipping_list: [{ item_desc: '能量碗*2', tracking_no: 'SF123', express_company: 'SF', contact: { receiver_contact: '139****5678' } }],
      upload_time: '2026-03-01T23:30:00.000+08:00',
      payer: { openid: 'u1' },
    });
  });

  it('uploads a pickup as 用户自提 without tracking', () => {
    const body = shippingInfoRequest({ ...info, mode: 'pickup', company: '', trackingNo: '' });
    expect(body).toMatchObject({ logistics_type: 4, shipping_list: [{ item_desc: '能量碗*2' }] });
  });

  it('knows common companies by name, takes codes as typed, and refuses an unknown name', () => {
    expect(expressCompanyCode('中通快递')).toBe('ZTO');
    expect(expressCompanyCode('YTO')).toBe('YTO');
    expect(expressCompanyCode('某某快运')).toBeNull();
    expect(() => shippingInfoRequest({ ...info, mode: 'express', company: '某某快运' })).toThrow(/delivery id/);
    expect(maskedContact('13912345678')).toBe('139****5678');
  });
});
