import { checkNotifyUrl, readMerchantConfig, requireVariables, WechatMerchantConfig } from '../wechat-pay-v3/merchant-config';
import { readTransferScene, TransferScene } from './transfer-scenes';

/** 商家转账 settings: the merchant's WXPAY_* settings shared with payments, the scene and its report. */
export interface WechatTransferConfig extends WechatMerchantConfig {
  /** The APIv3 key: decrypts the transfer notifications (transferNotify). */
  apiV3Key: string;
  /** Where WeChat posts the final state (transferNotify); optional, the payout timer queries bills anyway. */
  notifyUrl: string | null;
  /** transfer_scene_id with its transfer_scene_report_infos and user_recv_perception. */
  scene: TransferScene;
}

/**
 * WXPAY_APPID, WXPAY_MCHID, WXPAY_SERIAL_NO, WXPAY_PRIVATE_KEY, WXPAY_APIV3_KEY,
 * WXPAY_PLATFORM_PUBLIC_KEY, WXPAY_PLATFORM_SERIAL and WX_TRANSFER_SCENE_ID (required);
 * WXPAY_TRANSFER_NOTIFY_URL, WX_TRANSFER_USER_RECV_PERCEPTION and the report contents
 * (PAYOUT_JOB_TYPE, PAYOUT_REWARD_NOTE for 1005) optional: see transfer-scenes.ts.
 */
export function readWechatTransferConfig(env: NodeJS.ProcessEnv = process.env): WechatTransferConfig {
  const merchant = readMerchantConfig(env, 'WeChat Pay (payouts)');
  requireVariables(env, ['WXPAY_APIV3_KEY'], 'WeChat Pay (payouts)');
  const apiV3Key = (env.WXPAY_APIV3_KEY as string).trim();
  if (Buffer.byteLength(apiV3Key, 'utf8') !== 32) throw new Error('WXPAY_APIV3_KEY must be the 32-character APIv3 key');
  const notifyUrl = env.WXPAY_TRANSFER_NOTIFY_URL?.trim();
  return {
    ...merchant,
    apiV3Key,
    notifyUrl: notifyUrl ? checkNotifyUrl('WXPAY_TRANSFER_NOTIFY_URL', notifyUrl) : null,
    scene: readTransferScene(env),
  };
}
