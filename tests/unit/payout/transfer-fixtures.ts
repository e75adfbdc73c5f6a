import { createVerify } from 'crypto';
import type { FetchLike } from '@shared/providers/wechat-pay-v3/client';
import type { TransferState } from '@shared/providers/payout/port';
import { WechatTransfer } from '@shared/providers/payout/wechat-transfer';
import { readWechatTransferConfig } from '@shared/providers/payout/wechat-transfer-config';
import { merchant, NOW, NOW_SECONDS, wechatEnv } from '../payment/wechat-fixtures';

/** WeChat's side of a 商家转账, for the payout tests; keys and env come from the payment fixtures. */
export const BILL = '4f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e';
export const TRANSFER_BILL_NO = '1330000071100999991182020050700019480001';
export const TRANSFER_PATH = '/v3/fund-app/mch-transfer/transfer-bills';
export const QUERY_PATH = `${TRANSFER_PATH}/out-bill-no/${BILL}`;
export const request = {
  outBillNo: BILL,
  openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
  amountFen: 1250,
  remark: '共营佣金提现',
};

/** The answer of 发起转账. */
export function transferAnswer(state: TransferState, extra: Record<string, unknown> = {}) {
  return { out_bill_no: BILL, transfer_bill_no: TRANSFER_BILL_NO, create_time: '2025-06-01T16:00:00+08:00', state, ...extra };
}

/** The answer of 商户单号查询转账单. */
export function billAnswer(state: TransferState, extra: Record<string, unknown> = {}) {
  return {
    mch_id: '1900000001',
    out_bill_no: BILL,
    transfer_bill_no: TRANSFER_BILL_NO,
    appid: 'wx1234567890abcdef',
    state,
    transfer_amount: 1250,
    transfer_remark: '共营佣金提现',
    openid: request.openid,
    create_time: '2025-06-01T16:00:00+08:00',
    update_time: '2025-06-01T16:00:05+08:00',
    ...extra,
  };
}

export interface SentRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** A fake api.mch.weixin.qq.com answering the n-th request with the n-th answer; more requests fail the test. */
export function fakeWechat(...answers: Array<(sent: SentRequest) => Response | Promise<Response>>) {
  const sent: SentRequest[] = [];
  const fetch: FetchLike = async (url, init) => {
    expect(url.startsWith('https://api.mch.weixin.qq.com/')).toBe(true);
    const path = url.slice('https://api.mch.weixin.qq.com'.length);
    const request = { method: init.method, path, headers: init.headers, body: init.body };
    sent.push(request);
    const answer = answers[sent.length - 1];
    if (!answer) throw new Error(`unexpected request ${init.method} ${url}`);
    return answer(request);
  };
  return { sent, fetch };
}

let nonces = 0;
export const clock = { now: () => NOW, nonce: () => `nonce${++nonces}`.padEnd(32, '0') };

/** The test merchant's WXPAY_* variables with the payout scene (WX_TRANSFER_SCENE_ID 1005 佣金报酬). */
export function transferEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return wechatEnv({ WX_TRANSFER_SCENE_ID: '1005', ...overrides });
}

export function wechatTransfer(fetch: FetchLike, env: Record<string, string | undefined> = {}) {
  return new WechatTransfer(readWechatTransferConfig(transferEnv(env)), { ...clock, fetch });
}

/** The Authorization header verifies with the merchant's public key over METHOD\nPATH\nTIMESTAMP\nNONCE\nBODY\n. */
export function expectSignedByMerchant(sent: SentRequest): void {
  const header = sent.headers.Authorization;
  expect(header.startsWith('WECHATPAY2-SHA256-RSA2048 ')).toBe(true);
  const auth = Object.fromEntries([...header.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  expect(auth).toMatchObject({ mchid: '1900000001', serial_no: '5157F09EFDC096DE15EBE81A47057A7232F1B8E1' });
  expect(auth.timestamp).toBe(NOW_SECONDS);
  const message = `${sent.method}\n${sent.path}\n${auth.timestamp}\n${auth.nonce_str}\n${sent.body}\n`;
  expect(createVerify('RSA-SHA256').update(message).verify(merchant.publicKey, auth.signature, 'base64')).toBe(true);
}
