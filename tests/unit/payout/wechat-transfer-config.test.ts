import { WechatTransfer } from '@shared/providers/payout/wechat-transfer';
import { readWechatTransferConfig } from '@shared/providers/payout/wechat-transfer-config';
import { merchant, oneLine, pem, wechatEnv } from '../payment/wechat-fixtures';

describe('readWechatTransferConfig', () => {
  it('reads the merchant settings shared with payments, with the default report of scene 1005', () => {
    const config = readWechatTransferConfig(wechatEnv());
    expect(config).toMatchObject({
      appid: 'wx1234567890abcdef',
      mchid: '1900000001',
      baseUrl: 'https://api.mch.weixin.qq.com',
      notifyUrl: null,
      jobType: '社群团长',
      rewardNote: '社群拼团推广佣金',
    });
    expect(config.merchantPrivateKeyPem).toBe(pem(merchant.privateKey));
    expect(() => new WechatTransfer(config)).not.toThrow();
  });

  it('needs neither the APIv3 key nor the payment notify URL', () => {
    const env = wechatEnv({ WXPAY_APIV3_KEY: undefined, WXPAY_NOTIFY_URL: undefined });
    expect(() => readWechatTransferConfig(env)).not.toThrow();
  });

  it('names every missing merchant variable', () => {
    const env = wechatEnv({ WXPAY_MCHID: undefined, WXPAY_PLATFORM_SERIAL: ' ' });
    expect(() => readWechatTransferConfig(env)).toThrow(
      'WeChat Pay (payouts) is not configured: missing WXPAY_MCHID, WXPAY_PLATFORM_SERIAL',
    );
  });

  it('takes the notify URL and report contents, trimmed', () => {
    const config = readWechatTransferConfig(
      wechatEnv({
        WXPAY_TRANSFER_NOTIFY_URL: ' https://example.com/payout/notify ',
        PAYOUT_JOB_TYPE: ' 社区共创官 ',
        PAYOUT_REWARD_NOTE: '晒单推广佣金',
      }),
    );
    expect(config).toMatchObject({
      notifyUrl: 'https://example.com/payout/notify',
      jobType: '社区共创官',
      rewardNote: '晒单推广佣金',
    });
  });

  it.each([
    ['a notify URL that is not https', { WXPAY_TRANSFER_NOTIFY_URL: 'http://example.com/n' }, /WXPAY_TRANSFER_NOTIFY_URL/],
    ['a notify URL with a query', { WXPAY_TRANSFER_NOTIFY_URL: 'https://example.com/n?a=1' }, /WXPAY_TRANSFER_NOTIFY_URL/],
    ['a job type past 32 characters', { PAYOUT_JOB_TYPE: '团'.repeat(33) }, /PAYOUT_JOB_TYPE must be at most 32/],
    ['a reward note past 32 characters', { PAYOUT_REWARD_NOTE: '佣'.repeat(33) }, /PAYOUT_REWARD_NOTE/],
  ])('refuses %s', (_name, overrides, message) => {
    expect(() => readWechatTransferConfig(wechatEnv(overrides))).toThrow(message);
  });

  it('refuses a merchant key that is not a private key, when the adapter is built', () => {
    const config = readWechatTransferConfig(wechatEnv({ WXPAY_PRIVATE_KEY: oneLine(pem(merchant.publicKey)) }));
    expect(() => new WechatTransfer(config)).toThrow(/WXPAY_PRIVATE_KEY/);
  });
});
