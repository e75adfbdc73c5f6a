import { PaymentPlatformError } from '@shared/providers/payment-platform-error';
import { signedResponse, stranger } from '../payment/wechat-fixtures';
import {
  BILL,
  expectSignedByMerchant,
  fakeWechat,
  request,
  TRANSFER_BILL_NO,
  TRANSFER_PATH,
  transferAnswer,
  wechatTransfer,
} from './transfer-fixtures';

const REPORT_INFOS = [
  { info_type: '岗位类型', info_content: '社群团长' },
  { info_type: '报酬说明', info_content: '社群拼团推广佣金' },
];

describe('WechatTransfer.transfer', () => {
  it('sends 发起转账 for the configured scene (1005 佣金报酬) with its report infos and user_recv_perception, signed by the merchant key', async () => {
    const wechat = fakeWechat(() => signedResponse(transferAnswer('WAIT_USER_CONFIRM', { package_info: 'pkg' })));
    await wechatTransfer(wechat.fetch).transfer(request);

    const [sent] = wechat.sent;
    expect(sent).toMatchObject({ method: 'POST', path: TRANSFER_PATH });
    expect(sent.headers).toMatchObject({ 'Content-Type': 'application/json', Accept: 'application/json' });
    expect(JSON.parse(sent.body)).toEqual({
      appid: 'wx1234567890abcdef',
      out_bill_no: BILL,
      transfer_scene_id: '1005',
      openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      transfer_amount: 1250,
      transfer_remark: '共营佣金提现',
      user_recv_perception: '劳务报酬',
      transfer_scene_report_infos: REPORT_INFOS,
    });
    expectSignedByMerchant(sent);
  });

  it('sends another scene with that scene\'s report types when WX_TRANSFER_SCENE_ID names it', async () => {
    const wechat = fakeWechat(() => signedResponse(transferAnswer('ACCEPTED')));
    await wechatTransfer(wechat.fetch, { WX_TRANSFER_SCENE_ID: '1000' }).transfer(request);
    expect(JSON.parse(wechat.sent[0].body)).toMatchObject({
      transfer_scene_id: '1000',
      user_recv_perception: '活动奖励',
      transfer_scene_report_infos: [
        { info_type: '活动名称', info_content: '社群拼团推广' },
        { info_type: '奖励说明', info_content: '社群拼团推广奖励' },
      ],
    });
  });

  it('adds the notify URL and the configured report contents when they are set', async () => {
    const wechat = fakeWechat(() => signedResponse(transferAnswer('ACCEPTED')));
    const env = {
      WXPAY_TRANSFER_NOTIFY_URL: 'https://example.com/payout/notify',
      PAYOUT_JOB_TYPE: '社区共创官',
      PAYOUT_REWARD_NOTE: '晒单推广佣金',
    };
    await wechatTransfer(wechat.fetch, env).transfer(request);
    expect(JSON.parse(wechat.sent[0].body)).toMatchObject({
      notify_url: 'https://example.com/payout/notify',
      transfer_scene_report_infos: [
        { info_type: '岗位类型', info_content: '社区共创官' },
        { info_type: '报酬说明', info_content: '晒单推广佣金' },
      ],
    });
  });

  it.each([
    ['SUCCESS', {}, { packageInfo: null, failReason: null }],
    ['WAIT_USER_CONFIRM', { package_info: 'ABBQO+oYAAAB' }, { packageInfo: 'ABBQO+oYAAAB', failReason: null }],
    ['FAIL', { fail_reason: 'TRANSFER_RISK' }, { packageInfo: null, failReason: 'TRANSFER_RISK' }],
  ] as const)('maps a %s answer', async (state, extra, expected) => {
    const wechat = fakeWechat(() => signedResponse(transferAnswer(state, extra)));
    await expect(wechatTransfer(wechat.fetch).transfer(request)).resolves.toEqual({
      outBillNo: BILL,
      state,
      transferBillNo: TRANSFER_BILL_NO,
      ...expected,
    });
  });

  it('sends the very same body again on a retry, so WeChat sees the same bill', async () => {
    const answer = () => signedResponse(transferAnswer('PROCESSING'));
    const wechat = fakeWechat(answer, answer);
    const transfer = wechatTransfer(wechat.fetch);
    await transfer.transfer(request);
    await transfer.transfer({ ...request });
    expect(wechat.sent[1].body).toBe(wechat.sent[0].body);
  });

  it('cuts the remark to the 32 characters WeChat shows', async () => {
    const wechat = fakeWechat(() => signedResponse(transferAnswer('ACCEPTED')));
    await wechatTransfer(wechat.fetch).transfer({ ...request, remark: '佣'.repeat(40) });
    expect(JSON.parse(wechat.sent[0].body).transfer_remark).toBe('佣'.repeat(32));
  });

  it('refuses an answer that WeChat did not sign', async () => {
    const wechat = fakeWechat(() => signedResponse(transferAnswer('SUCCESS'), 200, { signer: stranger.privateKey }));
    await expect(wechatTransfer(wechat.fetch).transfer(request)).rejects.toMatchObject({ code: 'RESPONSE_SIGNATURE_INVALID' });
  });

  it.each([
    ['an unknown state', transferAnswer('MAYBE' as never)],
    ['another bill', { ...transferAnswer('SUCCESS'), out_bill_no: 'someoneElse01' }],
  ])('throws BAD_RESPONSE on an answer with %s rather than guessing', async (_name, answer) => {
    const wechat = fakeWechat(() => signedResponse(answer));
    await expect(wechatTransfer(wechat.fetch).transfer(request)).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
  });

  it.each([
    ['the network fails', () => Promise.reject(new TypeError('fetch failed')), 'NETWORK_ERROR'],
    ['WeChat answers 500', () => signedResponse({ code: 'SYSTEM_ERROR', message: '系统错误' }, 500), 'SYSTEM_ERROR'],
    ['WeChat answers 429', () => signedResponse({ code: 'FREQUENCY_LIMITED', message: '频率超限' }, 429), 'FREQUENCY_LIMITED'],
    ['a gateway answers 502', async () => new Response('<html>Bad Gateway</html>', { status: 502 }), 'HTTP_502'],
  ])('throws a retryable error when %s, without asking anything else', async (_name, answer, code) => {
    const wechat = fakeWechat(answer);
    const sending = wechatTransfer(wechat.fetch).transfer(request);
    await expect(sending).rejects.toBeInstanceOf(PaymentPlatformError);
    await expect(sending).rejects.toMatchObject({ code, retryable: true });
    expect(wechat.sent).toHaveLength(1);
  });

  it.each([
    ['a bill number WeChat refuses', { outBillNo: 'wd-1' }, 'PARAM_ERROR'],
    ['no amount', { amountFen: 0 }, 'PARAM_ERROR'],
    ['2,000 yuan, which needs the real name', { amountFen: 200_000 }, 'USER_NAME_REQUIRED'],
  ])('refuses %s before sending anything', async (_name, change, code) => {
    const wechat = fakeWechat();
    const sending = wechatTransfer(wechat.fetch).transfer({ ...request, ...change });
    await expect(sending).rejects.toMatchObject({ code, retryable: false });
    expect(wechat.sent).toEqual([]);
  });
});
