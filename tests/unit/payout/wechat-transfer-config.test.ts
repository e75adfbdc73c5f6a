import { WechatTransfer } from '@shared/providers/payout/wechat-transfer';
import { readWechatTransferConfig } from '@shared/providers/payout/wechat-transfer-config';
import { merchant, oneLine, pem } from '../payment/wechat-fixtures';
import { transferEnv } from './transfer-fixtures';

describe('readWechatTransferConfig', () => {
  it('reads the merchant settings shared with payments and the configured scene 1005 with its default report', () => {
    const config = readWechatTransferConfig(transferEnv());
    expect(config).toMatchObject({
      appid: 'wx1234567890abcdef',
      mchid: '1900000001',
      baseUrl: 'https://api.mch.weixin.qq.com',
      notifyUrl: null,
      scene: {
        id: '1005',
        userRecvPerception: '劳务报酬',
        reportInfos: [
          { info_type: '岗位类型', info_content: '社群团长' },
          { info_type: '报酬说明', info_content: '社群拼团推广佣金' },
        ],
      },
    });
    expect(config.merchantPrivateKeyPem).toBe(pem(merchant.privateKey));
    expect(() => new WechatTransfer(config)).not.toThrow();
  });

  it('has no scene id of its own: a missing WX_TRANSFER_SCENE_ID is a configuration error naming it', () => {
    expect(() => readWechatTransferConfig(transferEnv({ WX_TRANSFER_SCENE_ID: undefined }))).toThrow(
      /Payouts are not configured: set WX_TRANSFER_SCENE_ID/,
    );
    expect(() => readWechatTransferConfig(transferEnv({ WX_TRANSFER_SCENE_ID: '  ' }))).toThrow(/WX_TRANSFER_SCENE_ID/);
  });

  it('refuses a scene whose report infos it does not know, rather than sending a report WeChat refuses', () => {
    expect(() => readWechatTransferConfig(transferEnv({ WX_TRANSFER_SCENE_ID: '1011' }))).toThrow(
      /WX_TRANSFER_SCENE_ID 1011 is not a scene this app can report \(known: 1000 现金营销, 1005 佣金报酬\)/,
    );
  });

  it('takes scene 1000 现金营销 with its own report types and documented perceptions', () => {
    const config = readWechatTransferConfig(transferEnv({ WX_TRANSFER_SCENE_ID: '1000', WX_TRANSFER_USER_RECV_PERCEPTION: '现金奖励' }));
    expect(config.scene).toEqual({
      id: '1000',
      userRecvPerception: '现金奖励',
      reportInfos: [
        { info_type: '活动名称', info_content: '社群拼团推广' },
        { info_type: '奖励说明', info_content: '社群拼团推广奖励' },
      ],
    });
    expect(() => readWechatTransferConfig(transferEnv({ WX_TRANSFER_SCENE_ID: '1000', WX_TRANSFER_USER_RECV_PERCEPTION: '劳务报酬' }))).toThrow(
      /WX_TRANSFER_USER_RECV_PERCEPTION must be one of 现金奖励 \/ 活动奖励/,
    );
  });

  it('needs the APIv3 key (transfer notifications are encrypted with it), not the payment notify URL', () => {
    expect(() => readWechatTransferConfig(transferEnv({ WXPAY_NOTIFY_URL: undefined }))).not.toThrow();
    expect(() => readWechatTransferConfig(transferEnv({ WXPAY_APIV3_KEY: undefined }))).toThrow(/missing WXPAY_APIV3_KEY/);
    expect(() => readWechatTransferConfig(transferEnv({ WXPAY_APIV3_KEY: 'short' }))).toThrow(/32-character APIv3 key/);
  });

  it('names every missing merchant variable', () => {
    const env = transferEnv({ WXPAY_MCHID: undefined, WXPAY_PLATFORM_SERIAL: ' ' });
    expect(() => readWechatTransferConfig(env)).toThrow(
      'WeChat Pay (payouts) is not configured: missing WXPAY_MCHID, WXPAY_PLATFORM_SERIAL',
    );
  });

  it('takes the notify URL, the perception and the report contents, trimmed', () => {
    const config = readWechatTransferConfig(
      transferEnv({
        WXPAY_TRANSFER_NOTIFY_URL: ' https://example.com/payout/notify ',
        WX_TRANSFER_USER_RECV_PERCEPTION: ' 佣金 ',
        PAYOUT_JOB_TYPE: ' 社区共创官 ',
        PAYOUT_REWARD_NOTE: '晒单推广佣金',
      }),
    );
    expect(config).toMatchObject({
      notifyUrl: 'https://example.com/payout/notify',
      scene: {
        userRecvPerception: '佣金',
        reportInfos: [
          { info_type: '岗位类型', info_content: '社区共创官' },
          { info_type: '报酬说明', info_content: '晒单推广佣金' },
        ],
      },
    });
  });

  it.each([
    ['a notify URL that is not https', { WXPAY_TRANSFER_NOTIFY_URL: 'http://example.com/n' }, /WXPAY_TRANSFER_NOTIFY_URL/],
    ['a notify URL with a query', { WXPAY_TRANSFER_NOTIFY_URL: 'https://example.com/n?a=1' }, /WXPAY_TRANSFER_NOTIFY_URL/],
    ['a job type past 32 characters', { PAYOUT_JOB_TYPE: '团'.repeat(33) }, /PAYOUT_JOB_TYPE must be at most 32/],
    ['a reward note past 32 characters', { PAYOUT_REWARD_NOTE: '佣'.repeat(33) }, /PAYOUT_REWARD_NOTE/],
  ])('refuses %s', (_name, overrides, message) => {
    expect(() => readWechatTransferConfig(transferEnv(overrides))).toThrow(message);
  });

  it('refuses a merchant key that is not a private key, when the adapter is built', () => {
    const config = readWechatTransferConfig(transferEnv({ WXPAY_PRIVATE_KEY: oneLine(pem(merchant.publicKey)) }));
    expect(() => new WechatTransfer(config)).toThrow(/WXPAY_PRIVATE_KEY/);
  });
});
