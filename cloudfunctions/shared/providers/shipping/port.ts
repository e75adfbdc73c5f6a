/**
 * The shipping-information port (发货信息管理): every shipment of a paid order is
 * reported to WeChat (`upload_shipping_info`), or the merchant's money stays frozen.
 * WeChat in the cloud, an outbox sandbox on the local cloud.
 */
export interface ShippingUpload {
  /** Our order id: the upload's idempotency key on our side (one shipment record per order). */
  orderId: string;
  /** WeChat Pay's transaction id (order_number_type 2). */
  transactionId: string;
  payerOpenid: string;
  /** express: 物流配送 (logistics_type 1); pickup: 用户自提 (logistics_type 4). */
  mode: 'express' | 'pickup';
  /** Express company as the brand typed it (a name like 顺丰速运, or WeChat's code like SF). */
  company: string;
  trackingNo: string;
  /** e.g. 晨光能量碗*2, at most 120 characters. */
  itemDesc: string;
  /** The receiver's phone, masked but the last four digits (required by SF), or ''. */
  receiverContact: string;
  uploadedAt: Date;
}

export interface ShippingProvider {
  readonly name: 'wechat' | 'sandbox';
  /** Uploads once; throws on any failure (the caller retries later with the same content). */
  upload(info: ShippingUpload): Promise<void>;
}
