import { logError } from '../../runtime/logger';
import { OutboxNotifier } from './outbox';
import type { Notice, Notifier } from './port';
import { WechatSubscribeNotifier } from './wechat-subscribe';

export * from './port';
export { outbox } from './outbox';

let notifier: Notifier | undefined;

/** Subscription messages in the cloud (templates from WX_TMPL_*), the outbox on the local cloud. */
export function notifierFor(env: NodeJS.ProcessEnv = process.env): Notifier {
  notifier ??= env.GONGYING_SERVICE_URL
    ? new OutboxNotifier()
    : new WechatSubscribeNotifier({
        group_succeeded: env.WX_TMPL_GROUP_RESULT,
        group_failed: env.WX_TMPL_GROUP_RESULT,
        voucher_expiring: env.WX_TMPL_VOUCHER_EXPIRING,
        post_commented: env.WX_TMPL_POST_COMMENTED,
        transfer_confirm: env.WX_TMPL_TRANSFER_CONFIRM,
      });
  return notifier;
}

/** Sends, logging instead of failing: a message never undoes a group's outcome. */
export async function tell(notice: Notice): Promise<void> {
  try {
    await notifierFor().send(notice);
  } catch (err) {
    logError('notice_failed', { kind: notice.kind, openid: notice.openid, error: String(err) });
  }
}
