import { checkNotifyUrl, readMerchantConfig, WechatMerchantConfig } from '../wechat-pay-v3/merchant-config';

/** 商家转账 settings: the merchant's WXPAY_* settings shared with payments, and the scene's report. */
export interface WechatTransferConfig extends WechatMerchantConfig {
  /** Where WeChat posts the final state; optional, the payout timer queries bills anyway. */
  notifyUrl: string | null;
  /** 转账场景报备信息 of scene 1005 佣金报酬: the 岗位类型 and 报酬说明 contents. */
  jobType: string;
  rewardNote: string;
}

export const DEFAULT_JOB_TYPE = '社群团长';
export const DEFAULT_REWARD_NOTE = '社群拼团推广佣金';

/**
 * WXPAY_APPID, WXPAY_MCHID, WXPAY_SERIAL_NO, WXPAY_PRIVATE_KEY, WXPAY_PLATFORM_PUBLIC_KEY,
 * WXPAY_PLATFORM_SERIAL (required, as for payments); WXPAY_TRANSFER_NOTIFY_URL,
 * PAYOUT_JOB_TYPE and PAYOUT_REWARD_NOTE (optional).
 */
export function readWechatTransferConfig(env: NodeJS.ProcessEnv = process.env): WechatTransferConfig {
  const notifyUrl = env.WXPAY_TRANSFER_NOTIFY_URL?.trim();
  return {
    ...readMerchantConfig(env, 'WeChat Pay (payouts)'),
    notifyUrl: notifyUrl ? checkNotifyUrl('WXPAY_TRANSFER_NOTIFY_URL', notifyUrl) : null,
    jobType: reportContent(env, 'PAYOUT_JOB_TYPE', DEFAULT_JOB_TYPE),
    rewardNote: reportContent(env, 'PAYOUT_REWARD_NOTE', DEFAULT_REWARD_NOTE),
  };
}

/** WeChat takes at most 32 characters of info_content. */
function reportContent(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const content = env[name]?.trim() || fallback;
  if (Array.from(content).length > 32) throw new Error(`${name} must be at most 32 characters, got "${content}"`);
  return content;
}
