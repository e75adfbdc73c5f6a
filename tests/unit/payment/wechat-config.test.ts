import { readWechatPayConfig } from '@shared/providers/payment/wechat-pay-config';
import { WechatPay } from '@shared/providers/payment/wechat-pay';
import { merchant, oneLine, pem, platform, PLATFORM_SERIAL, stranger, wechatEnv } from './wechat-fixtures';

describe('readWechatPayConfig', () => {
  it('reads every setting, turning literal \\n in PEMs into line breaks', () => {
    const config = readWechatPayConfig(wechatEnv());
    expect(config).toMatchObject({ appid: 'wx1234567890abcdef', mchid: '1900000001' });
    expect(config.baseUrl).toBe('https://api.mch.weixin.qq.com');
    expect(config.merchantPrivateKeyPem).toBe(pem(merchant.privateKey));
    expect(config.platformKeys).toEqual([{ serial: PLATFORM_SERIAL, pem: pem(platform.publicKey).trim() }]);
    expect(() => new WechatPay(config)).not.toThrow();
  });

  it('reads the refund notify URL when set (refundNotify), and refuses one that is not https', () => {
    expect(readWechatPayConfig(wechatEnv()).refundNotifyUrl).toBeNull();
    const url = 'https://env-1.service.tcloudbase.com/refund-notify';
    expect(readWechatPayConfig(wechatEnv({ WXPAY_REFUND_NOTIFY_URL: url })).refundNotifyUrl).toBe(url);
    expect(() => readWechatPayConfig(wechatEnv({ WXPAY_REFUND_NOTIFY_URL: 'http://x/refund' }))).toThrow(/WXPAY_REFUND_NOTIFY_URL/);
  });

  it('names every missing variable', () => {
    const env = wechatEnv({ WXPAY_MCHID: undefined, WXPAY_APIV3_KEY: '', WXPAY_NOTIFY_URL: '  ' });
    expect(() => readWechatPayConfig(env)).toThrow('missing WXPAY_MCHID, WXPAY_APIV3_KEY, WXPAY_NOTIFY_URL');
  });

  it('names all eight when nothing is set', () => {
    expect(() => readWechatPayConfig({})).toThrow(
      'missing WXPAY_APPID, WXPAY_MCHID, WXPAY_SERIAL_NO, WXPAY_PRIVATE_KEY, WXPAY_APIV3_KEY, ' +
        'WXPAY_PLATFORM_PUBLIC_KEY, WXPAY_PLATFORM_SERIAL, WXPAY_NOTIFY_URL',
    );
  });

  it.each([
    ['an APIv3 key that is not 32 bytes', { WXPAY_APIV3_KEY: 'short' }, /WXPAY_APIV3_KEY/],
    ['a notify URL that is not https', { WXPAY_NOTIFY_URL: 'http://example.com/notify' }, /WXPAY_NOTIFY_URL/],
    ['a platform key that is not PEM', { WXPAY_PLATFORM_PUBLIC_KEY: 'abc' }, /WXPAY_PLATFORM_PUBLIC_KEY/],
    ['more serials than keys', { WXPAY_PLATFORM_SERIAL: 'A,B' }, /2 serial\(s\) but .* 1 PEM/],
  ])('refuses %s', (_name, overrides, message) => {
    expect(() => readWechatPayConfig(wechatEnv(overrides))).toThrow(message);
  });

  it('pairs several platform keys with their serials, in order', () => {
    const keys = oneLine(pem(platform.publicKey) + pem(stranger.publicKey));
    const env = wechatEnv({ WXPAY_PLATFORM_PUBLIC_KEY: keys, WXPAY_PLATFORM_SERIAL: 'OLD1, NEW2' });
    const config = readWechatPayConfig(env);
    expect(config.platformKeys.map((k) => k.serial)).toEqual(['OLD1', 'NEW2']);
    expect(config.platformKeys[1].pem).toBe(pem(stranger.publicKey).trim());
  });

  it('refuses a merchant key that is not a private key, when the adapter is built', () => {
    const config = readWechatPayConfig(wechatEnv({ WXPAY_PRIVATE_KEY: oneLine(pem(merchant.publicKey)) }));
    expect(() => new WechatPay(config)).toThrow(/WXPAY_PRIVATE_KEY/);
  });
});
