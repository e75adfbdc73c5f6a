/**
 * The one list of error codes, shared by cloud functions and pages.
 * A code survives the process boundary; the message is what a user reads.
 */
export const ERROR_MESSAGES = {
  INVALID_ARGUMENT: '请求参数有误',
  UNAUTHENTICATED: '请先在微信中打开小程序',
  FORBIDDEN: '没有权限执行此操作',
  NOT_FOUND: '内容不存在或已下架',
  UNKNOWN_ACTION: '不支持的操作',
  GROUP_FULL: '这个团已经满员了',
  GROUP_CLOSED: '这个团已经结束了',
  ALREADY_JOINED: '你已经在这个团里了',
  SOLD_OUT: '库存不足，已售罄',
  LIMIT_EXCEEDED: '超出限购数量',
  DEAL_NOT_ACTIVE: '活动未开始或已结束',
  ORDER_STATE: '订单状态不允许此操作',
  PAYMENT_INVALID: '支付通知无效',
  ALREADY_CHECKED_IN: '今天已经签到过了',
  ALREADY_VOTED: '你已经投过票了',
  POLL_CLOSED: '投票已结束',
  INSUFFICIENT_BALANCE: '可提现余额不足',
  CONTENT_REJECTED: '内容未通过安全检查，请修改后再发布',
  POST_STATE: '晒单当前的状态不能这样操作，请刷新后重试',
  CONFLICT: '操作太频繁，请稍后再试',
  FILE_EXISTS: '同名文件已存在，不能覆盖',
  DELIVERY_UNAVAILABLE: '这个商品不支持这种收货方式',
  CODE_USED: '这个取货码已经用过了',
  WRONG_POINT: '这个取货码不属于你的自提点',
  TOO_MANY_ATTEMPTS: '输错次数太多，请一小时后再试',
  AFTER_SALE_OPEN: '这笔订单已有售后申请在处理中',
  AFTER_SALE_CLOSED: '这笔订单不在可申请售后的时间内',
  RULES_NOT_ACCEPTED: '请先阅读并同意本共创计划的规则',
  PHASE_CLOSED: '共创计划当前阶段不接受这项参与',
  NOT_PROJECT_COCREATOR: '只有本计划的产品共创官可以参与这一步',
  VOUCHER_USED: '这张券已经核销过了',
  VOUCHER_EXPIRED: '这张券已过期',
  WRONG_PARTNER: '这张券不属于你的门店',
  EVENT_FULL: '活动名额已满，已为你加入候补',
  PERK_EXHAUSTED: '赠送的权益已经领完了',
  INVITE_INVALID: '邀请已失效（已被使用或已过期），请联系品牌重新邀请',
  RATE_LIMITED: '操作太频繁了，歇一会儿再来',
  INSUFFICIENT_POINTS: '积分不足，先去签到、拼团或晒单攒一些吧',
  REWARD_EXHAUSTED: '这个兑换品已经兑完了',
  COUPON_UNAVAILABLE: '这张优惠券不能用于这笔订单（已使用、已过期或不满足使用条件）',
  DEAL_INCOMPLETE: '上架前请先填好价格、库存和商品图片',
  INTERNAL: '服务开小差了，请稍后再试',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export const ERROR_CODES = Object.keys(ERROR_MESSAGES) as ErrorCode[];

export interface ErrorBody {
  code: ErrorCode;
  message: string;
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

export function messageFor(code: string): string {
  return (ERROR_MESSAGES as Record<string, string>)[code] ?? ERROR_MESSAGES.INTERNAL;
}
