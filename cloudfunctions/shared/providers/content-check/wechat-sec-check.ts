import { cloudApp } from '../../runtime/cloud';
import type { OpenApi } from '../open-api';
import { readMediaCheckEvent } from './media-check-event';
import type { ContentChecker, ImageCheckStarted, ImageVerdict, TextCheck, TextVerdict } from './port';
import { textChunks } from './text-chunks';
import { isVerdict, worstVerdict } from './verdict';

/** CloudBase's open-API call: `{ result }` is WeChat's parsed JSON answer. */
export type WxOpenApiCall = (req: { apiName: string; requestData: object }) => Promise<{ result?: unknown }>;

const cloudCall: WxOpenApiCall = (req) => cloudApp().callWxOpenApi(req);

/** The open APIs this module calls (see ../open-api): functions bundling it declare them. */
export const OPEN_APIS = {
  msgSecCheck: { permission: 'security.msgSecCheck', apiName: '/wxa/msg_sec_check' },
  mediaCheckAsync: { permission: 'security.mediaCheckAsync', apiName: '/wxa/media_check_async' },
} as const satisfies Record<string, OpenApi>;

type Answer = Record<string, unknown>;
type ImageCheck = Parameters<ContentChecker['startImageCheck']>[0];

/**
 * WeChat's content security, version 2: msgSecCheck for text, answered at once;
 * mediaCheckAsync for images, answered later by the wxa_media_check event.
 * Any failure throws, so the caller keeps the content hidden.
 */
export class WechatSecCheck implements ContentChecker {
  readonly name = 'wechat' as const;

  constructor(private readonly call: WxOpenApiCall = cloudCall) {}

  async checkText({ text, openid, scene }: TextCheck): Promise<TextVerdict> {
    const chunks = textChunks(text);
    if (chunks.length === 0) return { verdict: 'pass', label: '100', traceId: null };
    return worstVerdict(await Promise.all(chunks.map((content) => this.checkChunk(content, openid, scene))));
  }

  async startImageCheck(req: ImageCheck): Promise<ImageCheckStarted> {
    const requestData = { media_url: req.mediaUrl, media_type: 2, version: 2, scene: req.scene, openid: req.openid };
    const answer = await this.ask(OPEN_APIS.mediaCheckAsync.apiName, requestData);
    // The HTTPS API answers trace_id; WeChat's cloud call has been seen answering traceId.
    const traceId = answer.trace_id ?? answer.traceId;
    if (typeof traceId !== 'string' || traceId === '') throw new Error('media_check_async answered no trace_id');
    return { traceId };
  }

  readImageCallback(message: unknown): ImageVerdict | null {
    return readMediaCheckEvent(message);
  }

  private async checkChunk(content: string, openid: string, scene: TextCheck['scene']): Promise<TextVerdict> {
    const answer = await this.ask(OPEN_APIS.msgSecCheck.apiName, { content, version: 2, scene, openid });
    const result = (answer.result ?? {}) as Answer;
    if (!isVerdict(result.suggest)) throw new Error(`msg_sec_check answered no verdict: ${brief(answer)}`);
    const traceId = typeof answer.trace_id === 'string' ? answer.trace_id : null;
    return { verdict: result.suggest, label: String(result.label ?? ''), traceId };
  }

  private async ask(apiName: string, requestData: object): Promise<Answer> {
    const response = await this.call({ apiName, requestData });
    const answer = response?.result;
    if (typeof answer !== 'object' || answer === null) throw new Error(`${apiName} answered nothing: ${brief(response)}`);
    const { errcode = 0, errmsg = '' } = answer as Answer;
    if (Number(errcode) !== 0) throw new Error(`${apiName} failed: ${errcode} ${errmsg}`);
    return answer as Answer;
  }
}

function brief(value: unknown): string {
  return (JSON.stringify(value) ?? String(value)).slice(0, 200);
}
