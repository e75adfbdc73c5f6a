import type { PaymentParams } from '../../api';
import { PaymentPlatformError } from '../payment-platform-error';
import { connectWechatPay, WechatPayConnection, WechatPayDeps } from '../wechat-pay-v3/connection';
import { signLines } from '../wechat-pay-v3/signature';
import { PLATFORM_REFUND_STATUSES } from './port';
import type { HttpNotification, PaymentOrderRequest, PaymentProvider, RefundNotification, RefundRequest, RefundResult } from './port';
import type { WechatPayConfig } from './wechat-pay-config';
import { NotificationContext, readWechatNotification, readWechatRefundNotification } from './wechat-pay-notification';

export type { WechatPayDeps } from '../wechat-pay-v3/connection';

const JSAPI_PATH = '/v3/pay/transactions/jsapi';
const REFUND_PATH = '/v3/refund/domestic/refunds';

/** The production payment adapter: WeChat Pay APIv3, merchant direct mode, JSAPI for the mini-program. */
export class WechatPay implements PaymentProvider {
  readonly name = 'wechat' as const;
  private readonly wire: WechatPayConnection;

  constructor(
    private readonly config: WechatPayConfig,
    deps: WechatPayDeps = {},
  ) {
    this.wire = connectWechatPay(config, deps);
  }

  /**
   * JSAPI下单, then the parameters of wx.requestPayment. The body depends on the
   * request only, so a retry with the same order (same expiresAt and description)
   * gets WeChat Pay's same prepay_id back; a changed body or a paid order fails
   * with WeChat's code (OUT_TRADE_NO_USED, ORDERPAID, ...) as a PaymentPlatformError.
   */
  async createOrder(req: PaymentOrderRequest): Promise<PaymentParams> {
    const answer = await this.wire.client.post(JSAPI_PATH, {
      appid: this.config.appid,
      mchid: this.config.mchid,
      description: Array.from(req.description).slice(0, 127).join(''),
      out_trade_no: req.outTradeNo,
      time_expire: shanghaiRfc3339(req.expiresAt),
      notify_url: this.config.notifyUrl,
      amount: { total: req.amountFen, currency: 'CNY' },
      payer: { openid: req.payerOpenid },
    });
    if (typeof answer.prepay_id !== 'string' || !answer.prepay_id) {
      throw new PaymentPlatformError('BAD_RESPONSE', 'WeChat Pay JSAPI answer has no prepay_id');
    }
    return this.payParams(answer.prepay_id);
  }

  async verifyNotification(http: HttpNotification) {
    return readWechatNotification(http, this.notificationContext());
  }

  /** 退款结果通知, checked and decrypted by the same code as the payment notification. */
  async verifyRefundNotification(http: HttpNotification): Promise<RefundNotification> {
    return readWechatRefundNotification(http, this.notificationContext());
  }

  /**
   * 申请退款. Sending the same out_refund_no again returns that refund, never a second one.
   * The result is notified to the refund notify_url (refundNotify) when one is configured.
   */
  async refund(req: RefundRequest): Promise<RefundResult> {
    const answer = await this.wire.client.post(REFUND_PATH, {
      out_trade_no: req.outTradeNo,
      out_refund_no: req.outRefundNo,
      ...(req.reason ? { reason: Array.from(req.reason).slice(0, 80).join('') } : {}),
      ...(this.config.refundNotifyUrl ? { notify_url: this.config.refundNotifyUrl } : {}),
      amount: { refund: req.refundFen, total: req.totalFen, currency: 'CNY' },
    });
    return refundResult(answer, 'refund');
  }

  /** 查询单笔退款（通过商户退款单号）. */
  async queryRefund(outRefundNo: string): Promise<RefundResult> {
    const answer = await this.wire.client.get(`${REFUND_PATH}/${encodeURIComponent(outRefundNo)}`);
    return refundResult(answer, 'refund query');
  }

  private notificationContext(): NotificationContext {
    return {
      appid: this.config.appid,
      mchid: this.config.mchid,
      apiV3Key: this.config.apiV3Key,
      keys: this.wire.platformKeys,
      nowMs: this.wire.now().getTime(),
    };
  }

  /** 小程序调起支付: paySign over appId, timeStamp, nonceStr and package. */
  private payParams(prepayId: string): PaymentParams {
    const timeStamp = String(Math.floor(this.wire.now().getTime() / 1000));
    const nonceStr = this.wire.nonce();
    const pkg = `prepay_id=${prepayId}`;
    const paySign = signLines([this.config.appid, timeStamp, nonceStr, pkg], this.wire.merchantKey);
    return { provider: 'wechat', timeStamp, nonceStr, package: pkg, signType: 'RSA', paySign };
  }
}

function refundResult(answer: Record<string, unknown>, what: string): RefundResult {
  const status = PLATFORM_REFUND_STATUSES.find((s) => s === answer.status);
  if (!status || typeof answer.refund_id !== 'string') {
    throw new PaymentPlatformError('BAD_RESPONSE', `WeChat Pay ${what} answer has status ${String(answer.status)}`);
  }
  return { status, refundId: answer.refund_id };
}

/** RFC 3339 in Beijing time, as WeChat Pay writes it: 2025-06-08T10:34:56+08:00. */
export function shanghaiRfc3339(date: Date): string {
  const shifted = new Date(date.getTime() + 8 * 60 * 60 * 1000);
  return `${shifted.toISOString().slice(0, 19)}+08:00`;
}
