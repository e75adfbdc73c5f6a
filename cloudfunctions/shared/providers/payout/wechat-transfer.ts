import { isPaymentPlatformError, PaymentPlatformError } from '../payment-platform-error';
import type { WechatPayClient } from '../wechat-pay-v3/client';
import { connectWechatPay, WechatPayConnection, WechatPayDeps } from '../wechat-pay-v3/connection';
import type { HttpNotification } from '../payment/port';
import type { PayoutProvider, TransferNotice, TransferRequest, TransferResult } from './port';
import { billConflict, readTransferBill } from './transfer-answer';
import { checkOutBillNo, checkTransferRequest, transferRemark } from './transfer-request';
import type { WechatTransferConfig } from './wechat-transfer-config';
import { readWechatTransferNotification } from './wechat-transfer-notification';

const TRANSFER_PATH = '/v3/fund-app/mch-transfer/transfer-bills';

/**
 * The production payout adapter: WeChat Pay 商家转账 (the 2025 user-confirmation mode).
 * A thrown error never means "nothing was paid": only a FAIL or CANCELLED state does,
 * so the caller keeps the bill and tries again later with the same outBillNo.
 */
export class WechatTransfer implements PayoutProvider {
  readonly name = 'wechat' as const;
  private readonly client: WechatPayClient;
  private readonly wire: WechatPayConnection;

  constructor(
    private readonly config: WechatTransferConfig,
    deps: WechatPayDeps = {},
  ) {
    this.wire = connectWechatPay(config, deps);
    this.client = this.wire.client;
  }

  /**
   * 发起转账. The body depends on the request and the settings only, so a retry sends the
   * very same bill. When WeChat refuses it (4xx), the bill may already exist from an
   * earlier attempt whose answer was lost: it is looked up by out_bill_no and returned
   * when found, and WeChat's refusal is thrown when not.
   */
  async transfer(req: TransferRequest): Promise<TransferResult> {
    checkTransferRequest(req);
    try {
      return readTransferBill(await this.client.post(TRANSFER_PATH, this.body(req)), req.outBillNo);
    } catch (err) {
      if (!isRefusal(err)) throw err;
      return this.existingBill(req, err);
    }
  }

  /** 商户单号查询转账单. It carries no package_info: keep the one the transfer answered. */
  async query(outBillNo: string): Promise<TransferResult> {
    return readTransferBill(await this.fetchBill(outBillNo), outBillNo);
  }

  /** 商家转账回调通知 (MCHTRANSFER.BILL.FINISHED), verified and decrypted. */
  async verifyNotification(http: HttpNotification): Promise<TransferNotice> {
    return readWechatTransferNotification(http, {
      mchid: this.config.mchid,
      apiV3Key: this.config.apiV3Key,
      keys: this.wire.platformKeys,
      nowMs: this.wire.now().getTime(),
    });
  }

  private async existingBill(req: TransferRequest, refusal: PaymentPlatformError): Promise<TransferResult> {
    let bill: Record<string, unknown>;
    try {
      bill = await this.fetchBill(req.outBillNo);
    } catch (err) {
      throw isPaymentPlatformError(err) && err.retryable ? err : refusal;
    }
    const conflict = billConflict(bill, req);
    if (conflict) throw new PaymentPlatformError('OUT_BILL_NO_CONFLICT', conflict);
    return readTransferBill(bill, req.outBillNo);
  }

  private fetchBill(outBillNo: string): Promise<Record<string, unknown>> {
    checkOutBillNo(outBillNo);
    return this.client.get(`${TRANSFER_PATH}/out-bill-no/${outBillNo}`);
  }

  /** 发起转账's body: the configured scene with its report infos and user_recv_perception (transfer-scenes.ts). */
  private body(req: TransferRequest) {
    const { appid, notifyUrl, scene } = this.config;
    return {
      appid,
      out_bill_no: req.outBillNo,
      transfer_scene_id: scene.id,
      openid: req.openid,
      transfer_amount: req.amountFen,
      transfer_remark: transferRemark(req.remark),
      ...(notifyUrl ? { notify_url: notifyUrl } : {}),
      user_recv_perception: scene.userRecvPerception,
      transfer_scene_report_infos: scene.reportInfos,
    };
  }
}

/** WeChat answered and refused (4xx other than 429): the request itself will not change its mind. */
function isRefusal(err: unknown): err is PaymentPlatformError {
  if (!isPaymentPlatformError(err) || err.retryable || err.httpStatus === undefined) return false;
  return err.httpStatus >= 400 && err.httpStatus < 500;
}
