/**
 * The notification port: WeChat subscription messages (订阅消息) in production,
 * an outbox the local cloud shows at GET /dev/outbox. A failed send never fails
 * the flow that sent it.
 */
/**
 * pickup_ready: the goods are at the point (with the pickup code); shipped: an express parcel left;
 * voucher_expiring: an unused partner voucher expires soon (title: its service, at: its expiry, place: the partner);
 * post_commented: someone commented on the member's 晒单 (title: the post's opening words, note: who and what, place: the commenter);
 * transfer_confirm: a withdrawal waits for the member's 确认收款 (amountFen: it, at: when the unconfirmed transfer closes).
 */
export type NoticeKind = 'group_succeeded' | 'group_failed' | 'pickup_ready' | 'shipped' | 'voucher_expiring' | 'post_commented' | 'transfer_confirm';

export interface Notice {
  kind: NoticeKind;
  openid: string;
  /** The page the message opens, e.g. group/pages/detail/index?id=… */
  page: string;
  title: string;
  amountFen: number;
  /** e.g. 拼团成功，商家将在 48 小时内发货 */
  note: string;
  at: Date;
  /** Where it is to be used (a partner's name), for notices that have one. */
  place?: string;
}

export interface Notifier {
  readonly name: 'wechat' | 'outbox';
  send(notice: Notice): Promise<void>;
}
