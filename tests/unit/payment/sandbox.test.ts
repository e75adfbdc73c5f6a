import { PaymentRejected } from '@shared/providers/payment/port';
import { SandboxPayment } from '@shared/providers/payment/sandbox';
import { sandboxControl } from '@shared/providers/payment/sandbox-refunds';

let clock = new Date('2025-06-01T08:00:00Z');
const sandbox = new SandboxPayment({ secret: 'local-secret', now: () => clock });
const paid = {
  outTradeNo: 'order_0001',
  amountFen: 2990,
  payerOpenid: 'demo-shopper',
  paidAt: new Date('2025-06-01T07:59:00Z'),
};
const refund = {
  outTradeNo: 'order_0001',
  outRefundNo: 'refund_0001',
  totalFen: 2990,
  refundFen: 2990,
  reason: '未成团',
};

beforeEach(() => {
  clock = new Date('2025-06-01T08:00:00Z');
  sandboxControl.reset();
});

describe('SandboxPayment', () => {
  it('answers an order with the pay sheet the h5 app shows', async () => {
    const order = { ...paid, description: '晨光能量碗', expiresAt: clock };
    await expect(sandbox.createOrder(order)).resolves.toEqual({
      provider: 'sandbox',
      orderId: 'order_0001',
      amountFen: 2990,
      description: '晨光能量碗',
    });
  });

  it('verifies the notification it signed', async () => {
    await expect(sandbox.verifyNotification(sandbox.signNotification(paid))).resolves.toEqual({
      ...paid,
      transactionId: 'sandbox-order_0001',
      tradeState: 'SUCCESS',
    });
  });

  it('accepts a notification four minutes old', async () => {
    const http = sandbox.signNotification(paid);
    clock = new Date(clock.getTime() + 4 * 60_000);
    await expect(sandbox.verifyNotification(http)).resolves.toMatchObject({ outTradeNo: 'order_0001' });
  });

  it.each<[string, (http: ReturnType<SandboxPayment['signNotification']>) => void]>([
    ['a tampered body', (http) => (http.body = http.body.replace('2990', '1'))],
    ['a tampered timestamp', (http) => (http.headers['x-sandbox-timestamp'] = String(clock.getTime() + 1))],
    ['a missing signature', (http) => delete http.headers['x-sandbox-signature']],
    ['a stale timestamp', () => (clock = new Date(clock.getTime() + 6 * 60_000))],
  ])('refuses %s', async (_name, tamper) => {
    const http = sandbox.signNotification(paid);
    tamper(http);
    await expect(sandbox.verifyNotification(http)).rejects.toBeInstanceOf(PaymentRejected);
  });

  it('refuses a notification signed with another secret', async () => {
    const other = new SandboxPayment({ secret: 'another-secret', now: () => clock });
    await expect(sandbox.verifyNotification(other.signNotification(paid))).rejects.toBeInstanceOf(PaymentRejected);
  });

  it('refuses a well-signed body that is not a notification', async () => {
    const http = sandbox.signNotification({ ...paid, amountFen: -5 });
    await expect(sandbox.verifyNotification(http)).rejects.toThrow('malformed');
  });
});

describe('SandboxPayment.refund', () => {
  it('issues a refund with a sandbox-refund id', async () => {
    const result = await sandbox.refund(refund);
    expect(result).toEqual({ status: 'SUCCESS', refundId: expect.stringMatching(/^sandbox-refund-/) });
    const { reason: _reason, ...issued } = refund;
    expect(sandboxControl.refundsIssued).toEqual([{ ...issued, refundId: result.refundId, status: 'SUCCESS' }]);
  });

  it('issues one refund for the same outRefundNo sent twice, like WeChat Pay', async () => {
    const first = await sandbox.refund(refund);
    const again = await sandbox.refund(refund);
    expect(again).toEqual(first);
    expect(sandboxControl.refundsIssued).toHaveLength(1);
  });

  it('fails the next refunds on request, issuing nothing, then recovers', async () => {
    sandboxControl.failNextRefunds(2);
    await expect(sandbox.refund(refund)).rejects.toMatchObject({ code: 'SANDBOX_REFUND_FAILED', retryable: true });
    await expect(sandbox.refund(refund)).rejects.toThrow();
    expect(sandboxControl.refundsIssued).toEqual([]);
    await expect(sandbox.refund(refund)).resolves.toMatchObject({ status: 'SUCCESS' });
    expect(sandboxControl.refundsIssued).toHaveLength(1);
  });

  it('never refunds more than was paid, across refund numbers', async () => {
    await sandbox.refund({ ...refund, refundFen: 2000 });
    await expect(sandbox.refund({ ...refund, outRefundNo: 'refund_0002', refundFen: 1000 })).rejects.toMatchObject({
      code: 'REFUND_EXCEED',
    });
  });

  it('refuses an outRefundNo reused for a different refund', async () => {
    await sandbox.refund(refund);
    await expect(sandbox.refund({ ...refund, refundFen: 100 })).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
  });

  it('forgets everything on reset', async () => {
    sandboxControl.failNextRefunds(1);
    sandboxControl.reset();
    await sandbox.refund(refund);
    sandboxControl.reset();
    expect(sandboxControl.refundsIssued).toEqual([]);
  });
});

describe('SandboxPayment refunds held as PROCESSING', () => {
  it('answers PROCESSING, is queried as such, then ends as told', async () => {
    sandboxControl.holdNextRefunds(1);
    await expect(sandbox.refund(refund)).resolves.toMatchObject({ status: 'PROCESSING' });
    await expect(sandbox.queryRefund('refund_0001')).resolves.toMatchObject({ status: 'PROCESSING' });
    sandboxControl.finishRefund('refund_0001', 'ABNORMAL');
    await expect(sandbox.queryRefund('refund_0001')).resolves.toMatchObject({ status: 'ABNORMAL' });
    expect(() => sandboxControl.finishRefund('refund_0001', 'SUCCESS')).toThrow(/already ABNORMAL/);
    // only the next one was held
    await expect(sandbox.refund({ ...refund, outTradeNo: 'order_0002', outRefundNo: 'refund_0002' })).resolves.toMatchObject({ status: 'SUCCESS' });
  });

  it('knows no refund it never issued', async () => {
    await expect(sandbox.queryRefund('nope')).rejects.toMatchObject({ code: 'RESOURCE_NOT_EXISTS' });
  });

  it('lets a CLOSED refund be issued again under a new number, never more than was paid', async () => {
    sandboxControl.holdNextRefunds(1);
    await sandbox.refund(refund);
    sandboxControl.finishRefund('refund_0001', 'CLOSED');
    await expect(sandbox.refund({ ...refund, outRefundNo: 'refund_0001-2' })).resolves.toMatchObject({ status: 'SUCCESS' });
    await expect(sandbox.refund({ ...refund, outRefundNo: 'refund_0001-3' })).rejects.toMatchObject({ code: 'REFUND_EXCEED' });
  });

  it('signs refund notifications it verifies, and refuses tampered, stale or payment ones', async () => {
    sandboxControl.holdNextRefunds(1);
    await sandbox.refund(refund);
    const http = sandbox.signRefundNotification(sandboxControl.finishRefund('refund_0001', 'SUCCESS'));
    await expect(sandbox.verifyRefundNotification(http)).resolves.toMatchObject({
      outTradeNo: 'order_0001',
      outRefundNo: 'refund_0001',
      status: 'SUCCESS',
      refundFen: 2990,
      totalFen: 2990,
      receivedAccount: '支付用户零钱',
    });
    const tampered = { ...http, body: http.body.replace('"SUCCESS"', '"ABNORMAL"') };
    await expect(sandbox.verifyRefundNotification(tampered)).rejects.toBeInstanceOf(PaymentRejected);
    clock = new Date(clock.getTime() + 6 * 60_000);
    await expect(sandbox.verifyRefundNotification(http)).rejects.toMatchObject({ reason: expect.stringMatching(/stale/) });
    await expect(sandbox.verifyRefundNotification(sandbox.signNotification(paid))).rejects.toMatchObject({ reason: expect.stringMatching(/malformed/) });
  });
});
