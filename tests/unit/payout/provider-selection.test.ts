import { payoutProvider, resetPayoutProvider } from '@shared/providers/payout';
import { transferEnv } from './transfer-fixtures';

const LOCAL = { GONGYING_SERVICE_URL: 'http://127.0.0.1:8787/admin' };

afterEach(() => resetPayoutProvider());

describe('payoutProvider', () => {
  it('is the sandbox on the local cloud when nothing is chosen', () => {
    expect(payoutProvider(LOCAL).name).toBe('sandbox');
  });

  it('is the sandbox when GONGYING_PAYOUT=sandbox', () => {
    expect(payoutProvider({ GONGYING_PAYOUT: 'sandbox' }).name).toBe('sandbox');
  });

  it('is WeChat 商家转账 when GONGYING_PAYOUT=wechat, even on the local cloud', () => {
    expect(payoutProvider({ ...transferEnv(), ...LOCAL, GONGYING_PAYOUT: 'wechat' }).name).toBe('wechat');
  });

  it('is a configuration error in the cloud when nothing is chosen, never a silent sandbox', () => {
    expect(() => payoutProvider({ TCB_ENV: 'prod-1a2b' })).toThrow(/Payout is not configured: set GONGYING_PAYOUT=wechat/);
  });

  it('names the missing scene id when wechat is chosen: a clear error when the function starts, not a transfer refused later', () => {
    expect(() => payoutProvider({ ...transferEnv({ WX_TRANSFER_SCENE_ID: undefined }), GONGYING_PAYOUT: 'wechat' })).toThrow(
      /Payouts are not configured: set WX_TRANSFER_SCENE_ID/,
    );
  });

  it('names the missing WeChat Pay variables when wechat is chosen', () => {
    expect(() => payoutProvider({ GONGYING_PAYOUT: 'wechat', WXPAY_APPID: 'wx1' })).toThrow(/missing WXPAY_MCHID/);
  });

  it('refuses an unknown choice', () => {
    expect(() => payoutProvider({ GONGYING_PAYOUT: 'alipay' })).toThrow(/"wechat" or "sandbox"/);
  });

  it('is chosen once per process', () => {
    const first = payoutProvider(LOCAL);
    expect(payoutProvider({ GONGYING_PAYOUT: 'wechat' })).toBe(first);
    resetPayoutProvider();
    expect(payoutProvider({ ...transferEnv(), GONGYING_PAYOUT: 'wechat' })).not.toBe(first);
  });
});
