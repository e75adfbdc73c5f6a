import { cloudApp } from '../../runtime/cloud';
import type { WxOpenApiCall } from '../content-check/wechat-sec-check';
import type { OpenApi } from '../open-api';
import { expressCompanyCode } from './express-companies';
import type { ShippingProvider, ShippingUpload } from './port';

const cloudCall: WxOpenApiCall = (req) => cloudApp().callWxOpenApi(req);
/** The open API this module calls (see ../open-api): 发货信息录入, whose 云调用 name is wxa.sec.order.uploadShippingInfo. */
export const OPEN_APIS = {
  uploadShippingInfo: { permission: 'wxa.sec.order.uploadShippingInfo', apiName: '/wxa/sec/order/upload_shipping_info' },
} as const satisfies Record<string, OpenApi>;
export const UPLOAD_SHIPPING_INFO = OPEN_APIS.uploadShippingInfo.apiName;

/** RFC 3339 in Beijing time, as WeChat's examples write it: 2025-05-12T19:21:54.850+08:00. */
export function rfc3339Shanghai(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().replace('Z', '+08:00');
}

/** The request body of upload_shipping_info for one order, shipped in one parcel (delivery_mode 1). */
export function shippingInfoRequest(info: ShippingUpload): Record<string, unknown> {
  const express = info.mode === 'express';
  const item: Record<string, unknown> = { item_desc: info.itemDesc.slice(0, 120) };
  if (express) {
    const code = expressCompanyCode(info.company);
    if (!code) throw new Error(`unknown express company "${info.company}": use WeChat's delivery id (e.g. SF, ZTO)`);
    Object.assign(item, { tracking_no: info.trackingNo, express_company: code });
    if (info.receiverContact) item.contact = { receiver_contact: info.receiverContact };
  }
  return {
    order_key: { order_number_type: 2, transaction_id: info.transactionId },
    logistics_type: express ? 1 : 4,
    delivery_mode: 1,
    shipping_list: [item],
    upload_time: rfc3339Shanghai(info.uploadedAt),
    payer: { openid: info.payerOpenid },
  };
}

/**
 * WeChat's 发货信息录入 through CloudBase's open-API call. The function calling it
 * declares the API in its config.json (permissions.openapi, written by the build from OPEN_APIS), and 发货信息管理 must
 * be enabled for the mini-program (公众平台 → 功能 → 发货信息管理).
 */
export class WechatShipping implements ShippingProvider {
  readonly name = 'wechat' as const;

  constructor(private readonly call: WxOpenApiCall = cloudCall) {}

  async upload(info: ShippingUpload): Promise<void> {
    const response = await this.call({ apiName: UPLOAD_SHIPPING_INFO, requestData: shippingInfoRequest(info) });
    const answer = (response?.result ?? null) as { errcode?: number; errmsg?: string } | null;
    if (!answer || typeof answer !== 'object') throw new Error(`upload_shipping_info answered nothing: ${JSON.stringify(response).slice(0, 200)}`);
    if (Number(answer.errcode ?? 0) !== 0) throw new Error(`upload_shipping_info failed: ${answer.errcode} ${answer.errmsg ?? ''}`);
  }
}
