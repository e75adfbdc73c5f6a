import { paymentProvider, resetPaymentProvider, sandboxPaymentProvider } from '@shared/providers/payment';
import { wechatEnv } from './wechat-fixtures';

const LOCAL = { GONGYING_SERVICE_URL: 'http://127.0.0.1:8787/admin' };

afterEach(() => resetPaymentProvider());

describe('paymentProvider', () => {
  it('is the sandbox on the local cloud when nothing is chosen', () => {
    expect(paymentProvider(LOCAL).name).toBe('sandbox');
  });

  it('is the sandbox when GONGYING_PAYMENT=sandbox', () => {
    expect(paymentProvider({ GONGYING_PAYMENT: 'sandbox' }).name).toBe('sandbox');
  });

  it('is WeChat Pay when GONGYING_PAYMENT=wechat, even on the local cloud', () => {
    expect(paymentProvider({ ...wechatEnv(), ...LOCAL, GONGYING_PAYMENT: 'wechat' }).name).toBe('wechat');
  });

  it('is a configuration error in the cloud when nothing is chosen, never a silent sandbox', () => {
    const inTheCloud = { TCB_ENV: 'prod-1a2b' };
    expect(() => paymentProvider(inTheCloud)).toThrow(/Payment is not configured: set GONGYING_PAYMENT=wechat/);
  });

  it('names the missing WeChat Pay variables when wechat is chosen', () => {
    expect(() => paymentProvider({ GONGYING_PAYMENT: 'wechat', WXPAY_APPID: 'wx1' })).toThrow(/missing WXPAY_MCHID/);
  });

  it('refuses an unknown choice', () => {
    expect(() => paymentProvider({ GONGYING_PAYMENT: 'alipay' })).toThrow(/"wechat" or "sandbox"/);
  });

  it('is chosen once per process', () => {
    const first = paymentProvider(LOCAL);
    expect(paymentProvider({ GONGYING_PAYMENT: 'wechat' })).toBe(first);
    resetPaymentProvider();
    expect(paymentProvider({ ...wechatEnv(), GONGYING_PAYMENT: 'wechat' })).not.toBe(first);
  });

  it('lets the local cloud sign notifications that the chosen sandbox verifies', async () => {
    const http = sandboxPaymentProvider(LOCAL).signNotification({
      outTradeNo: 'order_0001',
      amountFen: 100,
      payerOpenid: 'demo-shopper',
      paidAt: new Date(),
    });
    await expect(paymentProvider().verifyNotification(http)).resolves.toMatchObject({ outTradeNo: 'order_0001' });
  });

  it('has no sandbox to offer when WeChat Pay is in use', () => {
    expect(() => sandboxPaymentProvider({ ...wechatEnv(), GONGYING_PAYMENT: 'wechat' })).toThrow(/not in use/);
  });
});
