import { WechatTransfer } from '@shared/providers/payout/wechat-transfer';
import { readWechatTransferConfig } from '@shared/providers/payout/wechat-transfer-config';
import { NOW, signedResponse, stranger } from '../payment/wechat-fixtures';
import {
  billAnswer,
  BILL,
  clock,
  expectSignedByMerchant,
  fakeWechat,
  QUERY_PATH,
  TRANSFER_BILL_NO,
  transferEnv,
  wechatTransfer,
} from './transfer-fixtures';

describe('WechatTransfer.query', () => {
  it('asks 商户单号查询转账单 with a signed GET and an empty body', async () => {
    const wechat = fakeWechat(() => signedResponse(billAnswer('TRANSFERING')));
    await wechatTransfer(wechat.fetch).query(BILL);
    const [sent] = wechat.sent;
    expect(sent).toMatchObject({ method: 'GET', path: QUERY_PATH, body: '' });
    expect(sent.headers['Content-Type']).toBeUndefined();
    expectSignedByMerchant(sent);
  });

  it.each([
    ['SUCCESS', {}, null],
    ['FAIL', { fail_reason: 'ACCOUNT_FROZEN' }, 'ACCOUNT_FROZEN'],
    ['CANCELLED', { fail_reason: 'OVERDUE_CLOSE' }, 'OVERDUE_CLOSE'],
    ['WAIT_USER_CONFIRM', {}, null],
  ] as const)('maps a %s bill', async (state, extra, failReason) => {
    const wechat = fakeWechat(() => signedResponse(billAnswer(state, extra)));
    await expect(wechatTransfer(wechat.fetch).query(BILL)).resolves.toEqual({
      outBillNo: BILL,
      state,
      transferBillNo: TRANSFER_BILL_NO,
      packageInfo: null,
      failReason,
    });
  });

  it('throws NOT_FOUND, not retryable, for a bill WeChat does not know', async () => {
    const wechat = fakeWechat(() => signedResponse({ code: 'NOT_FOUND', message: '记录不存在' }, 404));
    await expect(wechatTransfer(wechat.fetch).query(BILL)).rejects.toMatchObject({ code: 'NOT_FOUND', retryable: false });
  });

  it('refuses an answer that WeChat did not sign', async () => {
    const wechat = fakeWechat(() => signedResponse(billAnswer('SUCCESS'), 200, { signer: stranger.privateKey }));
    await expect(wechatTransfer(wechat.fetch).query(BILL)).rejects.toMatchObject({ code: 'RESPONSE_SIGNATURE_INVALID' });
  });

  it('refuses a bill number that is not letters and digits before sending anything', async () => {
    const wechat = fakeWechat();
    await expect(wechatTransfer(wechat.fetch).query('../../v3/refund')).rejects.toMatchObject({ code: 'PARAM_ERROR' });
    expect(wechat.sent).toEqual([]);
  });
});

describe('WechatTransfer with the global fetch', () => {
  afterEach(() => jest.restoreAllMocks());

  it('sends a GET without a body, which fetch would refuse', async () => {
    const fetchSpy = jest.spyOn(globalThis, 'fetch').mockImplementation(async () => signedResponse(billAnswer('SUCCESS')));
    const transfer = new WechatTransfer(readWechatTransferConfig(transferEnv()), { now: () => NOW, nonce: clock.nonce });
    await expect(transfer.query(BILL)).resolves.toMatchObject({ state: 'SUCCESS' });
    const [url, init] = fetchSpy.mock.calls[0];
    expect(url).toBe(`https://api.mch.weixin.qq.com${QUERY_PATH}`);
    expect(init).toMatchObject({ method: 'GET', body: undefined });
  });
});
