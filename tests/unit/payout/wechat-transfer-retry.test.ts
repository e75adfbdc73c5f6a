import { signedResponse } from '../payment/wechat-fixtures';
import {
  billAnswer,
  BILL,
  expectSignedByMerchant,
  fakeWechat,
  QUERY_PATH,
  request,
  TRANSFER_BILL_NO,
  TRANSFER_PATH,
  wechatTransfer,
} from './transfer-fixtures';

const exists = () => signedResponse({ code: 'INVALID_REQUEST', message: '商户单号已存在' }, 400);
const notFound = () => signedResponse({ code: 'NOT_FOUND', message: '记录不存在' }, 404);

describe('WechatTransfer.transfer when WeChat refuses', () => {
  it('falls back to the bill already under that out_bill_no, found with a signed query', async () => {
    const wechat = fakeWechat(exists, () => signedResponse(billAnswer('SUCCESS')));
    await expect(wechatTransfer(wechat.fetch).transfer(request)).resolves.toEqual({
      outBillNo: BILL,
      state: 'SUCCESS',
      transferBillNo: TRANSFER_BILL_NO,
      packageInfo: null,
      failReason: null,
    });
    expect(wechat.sent.map((s) => `${s.method} ${s.path}`)).toEqual([`POST ${TRANSFER_PATH}`, `GET ${QUERY_PATH}`]);
    expect(wechat.sent[1].body).toBe('');
    expectSignedByMerchant(wechat.sent[1]);
  });

  it('answers a bill still waiting for the user, without the package the lost answer carried', async () => {
    const wechat = fakeWechat(exists, () => signedResponse(billAnswer('WAIT_USER_CONFIRM')));
    await expect(wechatTransfer(wechat.fetch).transfer(request)).resolves.toMatchObject({
      state: 'WAIT_USER_CONFIRM',
      packageInfo: null,
    });
  });

  it.each([
    [403, 'NOT_ENOUGH', '商户运营账户资金不足'],
    [400, 'INVALID_REQUEST', '你尚未获取该转账场景'],
    [400, 'PARAM_ERROR', '需传入转账场景报备信息,请检查'],
  ])('throws WeChat’s %i %s, not retryable, when no bill exists under that number', async (status, code, message) => {
    const wechat = fakeWechat(() => signedResponse({ code, message }, status), notFound);
    const sending = wechatTransfer(wechat.fetch).transfer(request);
    await expect(sending).rejects.toMatchObject({ code, httpStatus: status, retryable: false });
    expect(wechat.sent.map((s) => s.method)).toEqual(['POST', 'GET']);
  });

  it('throws a retryable error when the refusal cannot be checked against WeChat’s bill', async () => {
    const wechat = fakeWechat(exists, () => Promise.reject(new TypeError('fetch failed')));
    await expect(wechatTransfer(wechat.fetch).transfer(request)).rejects.toMatchObject({
      code: 'NETWORK_ERROR',
      retryable: true,
    });
  });

  it.each([
    ['another amount', { transfer_amount: 999 }],
    ['another payee', { openid: 'oSomeoneElse' }],
  ])('refuses a bill under our number for %s: it never reports someone else’s transfer', async (_name, change) => {
    const wechat = fakeWechat(exists, () => signedResponse(billAnswer('SUCCESS', change)));
    await expect(wechatTransfer(wechat.fetch).transfer(request)).rejects.toMatchObject({
      code: 'OUT_BILL_NO_CONFLICT',
      retryable: false,
    });
  });
});
