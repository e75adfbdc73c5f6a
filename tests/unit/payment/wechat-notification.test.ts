import { HttpNotification, PaymentRejected } from '@shared/providers/payment/port';
import { WechatPay } from '@shared/providers/payment/wechat-pay';
import {
  aesGcmEncrypt,
  NOW,
  NOW_SECONDS,
  paidTransaction,
  signedHttp,
  stranger,
  testConfig,
  wechatNotification,
  platform,
  pem,
} from './wechat-fixtures';

const noFetch = () => Promise.reject(new Error('no network in this test'));
const wechat = new WechatPay(testConfig(), { fetch: noFetch, now: () => NOW });

describe('WechatPay.verifyNotification', () => {
  it('reads a genuine payment notification', async () => {
    await expect(wechat.verifyNotification(wechatNotification())).resolves.toEqual({
      outTradeNo: 'order_0001',
      transactionId: '4200000001202506011234567890',
      tradeState: 'SUCCESS',
      amountFen: 2990,
      payerOpenid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      paidAt: new Date('2025-06-01T07:59:30Z'),
    });
  });

  it('reads the headers whatever their case', async () => {
    const http = wechatNotification();
    const upper = Object.fromEntries(Object.entries(http.headers).map(([k, v]) => [k.replace(/^w/, 'W'), v]));
    const reading = wechat.verifyNotification({ ...http, headers: upper });
    await expect(reading).resolves.toMatchObject({ tradeState: 'SUCCESS' });
  });

  it('accepts a timestamp within five minutes of its clock', async () => {
    const http = wechatNotification({ timestamp: secondsFromNow(-299) });
    await expect(wechat.verifyNotification(http)).resolves.toMatchObject({ outTradeNo: 'order_0001' });
  });

  const sixMinutes = 360;
  const forgeries: Array<[string, () => HttpNotification, RegExp]> = [
    ['signed by another key', () => wechatNotification({ signer: stranger.privateKey }), /signature does not verify/],
    ['an unknown serial', () => wechatNotification({ serial: 'PUB_KEY_ID_0000000000' }), /unknown Wechatpay-Serial/],
    ['a timestamp six minutes old', () => wechatNotification({ timestamp: secondsFromNow(-sixMinutes) }), /stale/],
    ['a timestamp six minutes ahead', () => wechatNotification({ timestamp: secondsFromNow(sixMinutes) }), /stale/],
    ['a tampered body', tamperedBody, /signature does not verify/],
    ['no signature headers', () => ({ ...wechatNotification(), headers: {} }), /missing/],
    ['another merchant', () => wechatNotification({ transaction: paidTransaction({ mchid: '190999' }) }), /merchant/],
    ['another app', () => wechatNotification({ transaction: paidTransaction({ appid: 'wx00000000' }) }), /another app/],
    ['a resource encrypted with another key', () => wechatNotification({ apiV3Key: 'x'.repeat(32) }), /decrypt/],
    ['a tampered ciphertext', tamperedCiphertext, /does not decrypt/],
    ['a body that is not JSON', () => signedHttp('<xml>SUCCESS</xml>'), /not a JSON object/],
    ['a refund event', () => wechatNotification({ envelope: { event_type: 'REFUND.SUCCESS' } }), /not a payment/],
    ['a plaintext resource', () => wechatNotification({ envelope: { resource_type: 'plain' } }), /malformed/],
    ['no amount', () => wechatNotification({ transaction: paidTransaction({ amount: {} }) }), /amount/],
    ['an unknown trade state', () => wechatNotification({ transaction: paidTransaction({ trade_state: 'X' }) }), /state/],
    ['a decrypted resource that is not JSON', notJsonResource, /decrypted resource is not/],
  ];

  it.each(forgeries)('rejects a notification with %s', async (_name, build, reason) => {
    const refusal = wechat.verifyNotification(build());
    await expect(refusal).rejects.toBeInstanceOf(PaymentRejected);
    await expect(refusal).rejects.toMatchObject({ reason: expect.stringMatching(reason) });
  });
});

function secondsFromNow(seconds: number): string {
  return String(Number(NOW_SECONDS) + seconds);
}

function tamperedBody(): HttpNotification {
  const genuine = wechatNotification();
  return { ...genuine, body: genuine.body.replace('EV-', 'EX-') };
}

function tamperedCiphertext() {
  const genuine = JSON.parse(wechatNotification().body);
  const bytes = Buffer.from(genuine.resource.ciphertext, 'base64');
  bytes[3] ^= 0x01;
  genuine.resource.ciphertext = bytes.toString('base64');
  return signedHttp(JSON.stringify(genuine));
}

function notJsonResource() {
  const genuine = JSON.parse(wechatNotification().body);
  const { nonce } = genuine.resource;
  genuine.resource.ciphertext = aesGcmEncrypt('not json', testConfig().apiV3Key, nonce, 'transaction');
  return signedHttp(JSON.stringify(genuine));
}

describe('WechatPay.verifyNotification while platform certificates rotate', () => {
  const rotating = new WechatPay(
    testConfig({
      platformKeys: [
        { serial: '5157F09EFDC096DE15EBE81A47057A7232F1B8E1', pem: pem(stranger.publicKey) },
        { serial: 'PUB_KEY_ID_0114232134912410000000000000000000', pem: pem(platform.publicKey) },
      ],
    }),
    { fetch: noFetch, now: () => NOW },
  );

  it('verifies with the key whose serial the notification names', async () => {
    const lowerCaseSerial = '5157f09efdc096de15ebe81a47057a7232f1b8e1';
    const byOld = wechatNotification({ signer: stranger.privateKey, serial: lowerCaseSerial });
    await expect(rotating.verifyNotification(byOld)).resolves.toMatchObject({ tradeState: 'SUCCESS' });
    await expect(rotating.verifyNotification(wechatNotification())).resolves.toMatchObject({ tradeState: 'SUCCESS' });
  });

  it('refuses a notification that names the other serial than the key that signed it', async () => {
    const mislabelled = wechatNotification({ serial: '5157F09EFDC096DE15EBE81A47057A7232F1B8E1' });
    await expect(rotating.verifyNotification(mislabelled)).rejects.toBeInstanceOf(PaymentRejected);
  });
});
