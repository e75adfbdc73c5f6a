import { WechatTransfer } from '@shared/providers/payout/wechat-transfer';
import { readWechatTransferConfig } from '@shared/providers/payout/wechat-transfer-config';
import { independentGateway, makeMerchant, merchantEnv } from '../../helpers/wechatpay-independent';

const m = makeMerchant();
const NOW = new Date('2025-06-01T08:00:00Z');
const BILL = '4f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e';

describe('WechatTransfer against an independent WeChat Pay gateway (wechatpay-axios-plugin)', () => {
  it('发起转账 and 查询 carry Authorization headers the independent verifier accepts, and its signed answers are read', async () => {
    const gateway = independentGateway(m, () => NOW, (req) =>
      req.method === 'POST'
        ? { payload: { out_bill_no: BILL, transfer_bill_no: 'T1', create_time: '2025-06-01T16:00:00+08:00', state: 'WAIT_USER_CONFIRM', package_info: 'pkg' } }
        : { payload: { out_bill_no: BILL, transfer_bill_no: 'T1', state: 'SUCCESS', mch_id: m.mchid, transfer_amount: 1250 } },
    );
    const env = { ...merchantEnv(m), WX_TRANSFER_SCENE_ID: '1005' };
    const transfer = new WechatTransfer(readWechatTransferConfig(env), { fetch: gateway.fetch, now: () => NOW });
    await expect(transfer.transfer({ outBillNo: BILL, openid: 'o1', amountFen: 1250, remark: '共营佣金提现' })).resolves.toMatchObject({
      state: 'WAIT_USER_CONFIRM',
      packageInfo: 'pkg',
    });
    await expect(transfer.query(BILL)).resolves.toMatchObject({ state: 'SUCCESS' });
    expect(gateway.requests.map((r) => [r.method, r.uri, r.valid])).toEqual([
      ['POST', '/v3/fund-app/mch-transfer/transfer-bills', true],
      ['GET', `/v3/fund-app/mch-transfer/transfer-bills/out-bill-no/${BILL}`, true],
    ]);
    expect(JSON.parse(gateway.requests[0].body)).toMatchObject({ transfer_scene_id: '1005', user_recv_perception: '劳务报酬' });
  });

  it('a request signed by another merchant key is refused by the independent verifier', async () => {
    const other = makeMerchant();
    const gateway = independentGateway(m, () => NOW, () => ({ payload: {} }));
    const transfer = new WechatTransfer(readWechatTransferConfig({ ...merchantEnv(other), WX_TRANSFER_SCENE_ID: '1005' }), { fetch: gateway.fetch, now: () => NOW });
    await expect(transfer.query(BILL)).rejects.toBeDefined();
    expect(gateway.requests[0].valid).toBe(false);
  });
});
