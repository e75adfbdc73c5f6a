import { cloudApp } from '../../runtime/cloud';
import { shanghaiParts } from '../../domain/calendar';
import { yuanDigits } from '../../domain/money';
import type { OpenApi } from '../open-api';
import type { Notice, NoticeKind, Notifier } from './port';

/** The open API this module calls (see ../open-api): functions bundling it declare it. */
export const OPEN_APIS = {
  subscribeSend: { permission: 'subscribeMessage.send', apiName: '/cgi-bin/message/subscribe/send' },
} as const satisfies Record<string, OpenApi>;

/** Template ids of the brand's subscription messages (公众平台 → 订阅消息), by kind. */
export type TemplateIds = Partial<Record<NoticeKind, string>>;

// WeChat's amount field reads "15.90元".
const yuan = (fen: number) => `${yuanDigits(fen)}元`;
const when = (d: Date) => {
  const p = shanghaiParts(d);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
};

/**
 * The template's keys by kind. 拼团结果: thing1 product, amount2 amount, phrase3 result,
 * time4 time, thing5 note. 卡券到期提醒 (voucher_expiring): thing1 service, time2 expiry,
 * thing3 partner, thing4 note. 评论提醒 (post_commented): thing1 post, thing2 commenter, thing3 comment, time4 time.
 * 待确认收款提醒 (transfer_confirm): thing1 item, amount2 amount, time3 confirm before, thing4 note.
 */
function templateData(notice: Notice): Record<string, { value: string }> {
  if (notice.kind === 'transfer_confirm') {
    return {
      thing1: { value: notice.title.slice(0, 20) },
      amount2: { value: yuan(notice.amountFen) },
      time3: { value: when(notice.at) },
      thing4: { value: notice.note.slice(0, 20) },
    };
  }
  if (notice.kind === 'post_commented') {
    return {
      thing1: { value: notice.title.slice(0, 20) },
      thing2: { value: (notice.place ?? '').slice(0, 20) },
      thing3: { value: notice.note.slice(0, 20) },
      time4: { value: when(notice.at) },
    };
  }
  if (notice.kind === 'voucher_expiring') {
    return {
      thing1: { value: notice.title.slice(0, 20) },
      time2: { value: when(notice.at) },
      thing3: { value: (notice.place ?? '').slice(0, 20) },
      thing4: { value: notice.note.slice(0, 20) },
    };
  }
  return {
    thing1: { value: notice.title.slice(0, 20) },
    amount2: { value: yuan(notice.amountFen) },
    phrase3: { value: notice.kind === 'group_succeeded' ? '拼团成功' : '拼团失败' },
    time4: { value: when(notice.at) },
    thing5: { value: notice.note.slice(0, 20) },
  };
}

/**
 * Sends through CloudBase's WeChat open-API call (subscribeMessage.send), with
 * each kind's template keys (templateData). A kind without a template id is skipped.
 */
export class WechatSubscribeNotifier implements Notifier {
  readonly name = 'wechat' as const;

  constructor(private readonly templates: TemplateIds) {}

  async send(notice: Notice): Promise<void> {
    const templateId = this.templates[notice.kind];
    if (!templateId) return;
    const app = cloudApp() as unknown as { callWxOpenApi(o: { apiName: string; requestData: object }): Promise<{ result?: { errcode?: number; errmsg?: string } }> };
    const res = await app.callWxOpenApi({
      apiName: OPEN_APIS.subscribeSend.apiName,
      requestData: {
        touser: notice.openid,
        template_id: templateId,
        page: notice.page,
        data: templateData(notice),
      },
    });
    const errcode = res?.result?.errcode ?? 0;
    // 43101: the user has not subscribed (or used up the one-time consent): nothing to send.
    if (errcode !== 0 && errcode !== 43101) throw new Error(`subscribeMessage.send ${errcode} ${res?.result?.errmsg ?? ''}`);
  }
}
