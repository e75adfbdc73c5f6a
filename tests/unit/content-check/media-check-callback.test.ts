import { WechatSecCheck } from '@shared/providers/content-check/wechat-sec-check';

const checker = new WechatSecCheck(async () => {
  throw new Error('reading a callback asks WeChat nothing');
});

const pushed = {
  ToUserName: 'gh_7bf1f1389686',
  FromUserName: 'or9bw69jaWwJlF-6u0z3qT3KmO2k',
  CreateTime: 1762329554,
  MsgType: 'event',
  Event: 'wxa_media_check',
  appid: 'wxb04d1be1ede56d47',
  trace_id: '690b03d2-301f6111-35ffbd44',
};

describe('WechatSecCheck.readImageCallback', () => {
  it.each([
    ['pass', '100'],
    ['review', 10001],
    ['risky', 20002],
  ])('reads a version 2 event: suggest %s, label %s', (suggest, label) => {
    const message = { ...pushed, version: 2, result: { suggest, label }, detail: [{ strategy: 'content_model', errcode: 0, suggest, label, prob: 90 }] };
    expect(checker.readImageCallback(message)).toEqual({ traceId: pushed.trace_id, verdict: suggest, label: String(label) });
  });

  it('reads the older isrisky event', () => {
    const old = { ...pushed, extra_info_json: '', status_code: 0, detail: [] };
    expect(checker.readImageCallback({ ...old, isrisky: 1 })).toEqual({ traceId: pushed.trace_id, verdict: 'risky', label: '21000' });
    expect(checker.readImageCallback({ ...old, isrisky: 0 })).toEqual({ traceId: pushed.trace_id, verdict: 'pass', label: '100' });
    expect(checker.readImageCallback({ ...old, isrisky: '1' })).toMatchObject({ verdict: 'risky' });
  });

  it('sends an event reporting a failed check to review', () => {
    const failed = { ...pushed, version: 2, errcode: 87014, errmsg: 'risky content' };
    expect(checker.readImageCallback(failed)).toEqual({ traceId: pushed.trace_id, verdict: 'review', label: 'errcode 87014' });
  });

  it.each([
    ['another event', { ...pushed, Event: 'subscribe_msg_popup_event', result: { suggest: 'pass' } }],
    ['an event without a trace id', { ...pushed, trace_id: undefined, result: { suggest: 'pass' } }],
    ['an event without a result', pushed],
    ['an unknown suggest', { ...pushed, result: { suggest: 'maybe', label: 100 } }],
    ['an unknown isrisky', { ...pushed, isrisky: 2 }],
    ['a text message', { MsgType: 'text', Content: 'hello' }],
    ['null', null],
    ['a string', 'wxa_media_check'],
  ])('answers null for %s', (_, message) => {
    expect(checker.readImageCallback(message)).toBeNull();
  });
});
