import { SandboxPayout } from '@shared/providers/payout/sandbox';
import { payoutSandbox } from '@shared/providers/payout/sandbox-bills';

const sandbox = new SandboxPayout();
const request = {
  outBillNo: '4f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e',
  openid: 'demo-cocreator',
  amountFen: 1250,
  remark: '共营佣金提现',
};
const another = { ...request, outBillNo: '9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d' };

beforeEach(() => payoutSandbox.reset());

describe('SandboxPayout.transfer', () => {
  it('pays at once with a sandbox-transfer number', async () => {
    await expect(sandbox.transfer(request)).resolves.toEqual({
      outBillNo: request.outBillNo,
      state: 'SUCCESS',
      transferBillNo: expect.stringMatching(/^sandbox-transfer-[0-9a-f]{16}$/),
      packageInfo: null,
      failReason: null,
    });
    expect(payoutSandbox.transfers).toEqual([expect.objectContaining({ ...request, state: 'SUCCESS' })]);
  });

  it('records one bill per outBillNo and answers a repeat with that bill, like WeChat', async () => {
    const first = await sandbox.transfer(request);
    await expect(sandbox.transfer(request)).resolves.toEqual(first);
    expect(payoutSandbox.transfers).toHaveLength(1);
  });

  it('refuses an outBillNo reused for another amount', async () => {
    await sandbox.transfer(request);
    await expect(sandbox.transfer({ ...request, amountFen: 1 })).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
  });

  it('refuses what WeChat would refuse for its shape', async () => {
    await expect(sandbox.transfer({ ...request, outBillNo: 'wd_1' })).rejects.toMatchObject({ code: 'PARAM_ERROR' });
    await expect(sandbox.transfer({ ...request, amountFen: 200_000 })).rejects.toMatchObject({ code: 'USER_NAME_REQUIRED' });
    expect(payoutSandbox.transfers).toEqual([]);
  });

  it('ends the next n new bills in FAIL with the reason given, then pays again', async () => {
    payoutSandbox.failNext(1, 'ACCOUNT_FROZEN');
    await expect(sandbox.transfer(request)).resolves.toMatchObject({ state: 'FAIL', failReason: 'ACCOUNT_FROZEN' });
    await expect(sandbox.transfer(request)).resolves.toMatchObject({ state: 'FAIL' });
    await expect(sandbox.transfer(another)).resolves.toMatchObject({ state: 'SUCCESS', failReason: null });
  });

  it('waits for the user while confirmation is required, until confirm()', async () => {
    payoutSandbox.requireConfirmation(true);
    const waiting = await sandbox.transfer(request);
    expect(waiting).toMatchObject({ state: 'WAIT_USER_CONFIRM', packageInfo: expect.stringMatching(/^sandbox-package-/) });
    await expect(sandbox.query(request.outBillNo)).resolves.toMatchObject({ state: 'WAIT_USER_CONFIRM' });

    expect(payoutSandbox.confirm(request.outBillNo)).toMatchObject({ state: 'SUCCESS', packageInfo: null });
    await expect(sandbox.query(request.outBillNo)).resolves.toMatchObject({ state: 'SUCCESS' });
    await expect(sandbox.transfer(request)).resolves.toMatchObject({ state: 'SUCCESS' });
  });

  it('confirms only a bill that waits for the user', async () => {
    expect(() => payoutSandbox.confirm(request.outBillNo)).toThrow(/no sandbox transfer/);
    payoutSandbox.failNext(1);
    await sandbox.transfer(request);
    expect(() => payoutSandbox.confirm(request.outBillNo)).toThrow(/FAIL/);
  });

  it('forgets bills and settings on reset', async () => {
    payoutSandbox.failNext(3);
    payoutSandbox.requireConfirmation(true);
    await sandbox.transfer(request);
    payoutSandbox.reset();
    expect(payoutSandbox.transfers).toEqual([]);
    await expect(sandbox.transfer(request)).resolves.toMatchObject({ state: 'SUCCESS' });
  });
});

describe('SandboxPayout.query', () => {
  it('answers the recorded state', async () => {
    const sent = await sandbox.transfer(request);
    await expect(sandbox.query(request.outBillNo)).resolves.toEqual(sent);
  });

  it('throws NOT_FOUND, not retryable, for an unknown bill', async () => {
    await expect(sandbox.query(request.outBillNo)).rejects.toMatchObject({ code: 'NOT_FOUND', retryable: false });
  });
});
