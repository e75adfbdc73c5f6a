// The signed APIv3 client is shared with the payout adapter; this path stays for existing imports.
export { WechatPayClient } from '../wechat-pay-v3/client';
export type { FetchLike, WechatPayClientOptions } from '../wechat-pay-v3/client';
