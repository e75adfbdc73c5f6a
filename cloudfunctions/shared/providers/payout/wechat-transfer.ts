import { isPaymentPlatformError, PaymentPlatformError } from '../payment-platform-error';
import type { WechatPayClient } from '../wechat-pay-v3/client';
import { connectWechatPay, WechatPayDeps } from '../wechat-pay-v3/connection';
import type { PayoutProvider, TransferRequest, TransferResult } from './port';
import { billConflict, readTransferBill } from './transfer-answer';
import { checkOutBillNo, checkTransferRequest, transferRemark } from './transfer-request';
import type { WechatTransferConfig } from './wechat-transfer-config';

const TRANSFER_PATH = '/v3/fund-app/mch-transfer/transfer-bills';
/** 佣金报酬: commissions and rewards paid to sellers, group leaders, hosts. */
export const COMMISSION_SCENE_ID = '1005';

/**
 * The production payout adapter: WeChat Pay 商家转账 (the 2025 user-confirmation mode).
 * A thrown error never means "nothing was paid": only a FAIL or CANCELLED state does,
 * so the caller keeps the bill and tries again later with the same outBillNo.
 */
export class WechatTransfer implements PayoutProvider {
  readonly name = 'wechat' as const;
  private readonly client: WechatPayClient;

  constructor(
    private readonly config: WechatTransferConfig,
    deps: WechatPayDeps = {},
  ) {
    this.client = connectWechatPay(config, deps).client;
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

  private body(req: TransferRequest) {
    const { appid, notifyUrl, jobType, rewardNote } = this.config;
    return {
      appid,
      out_bill_no: req.outBillNo,
      transfer_scene_id: COMMISSION_SCENE_ID,
      openid: req.openid,
      transfer_amount: req.amountFen,
      transfer_remark: transferRemark(req.remark),
      ...(notifyUrl ? { notify_url: notifyUrl } : {}),
      transfer_scene_report_infos: [
        { info_type: '岗位类型', info_content: jobType },
        { info_type: '报酬说明', info_content: rewardNote },
      ],
    };
  }
}

/** WeChat answered and refused (4xx other than 429): the request itself will not change its mind. */
function isRefusal(err: unknown): err is PaymentPlatformError {
  if (!isPaymentPlatformError(err) || err.retryable || err.httpStatus === undefined) return false;
  return err.httpStatus >= 400 && err.httpStatus < 500;
}
