import { WechatSecCheck } from '@shared/providers/content-check/wechat-sec-check';
import type { WxOpenApiCall } from '@shared/providers/content-check/wechat-sec-check';

type Sent = { apiName: string; requestData: Record<string, unknown> };

/** A stand-in for CloudBase's callWxOpenApi: records requests, answers `{ result }`. */
function fakeWechat(answer: (sent: Sent) => unknown) {
  const sent: Sent[] = [];
  const call: WxOpenApiCall = async (req) => {
    const request = req as Sent;
    sent.push(request);
    return { result: answer(request), requestId: 'req-1' };
  };
  return { sent, checker: new WechatSecCheck(call) };
}

const verdictOf = (suggest: string, label: number | string = 100, traceId = 'trace-1') => ({
  errcode: 0,
  errmsg: 'ok',
  trace_id: traceId,
  result: { suggest, label },
  detail: [{ strategy: 'content_model', errcode: 0, suggest, label, prob: 90 }],
});

const OPENID = 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o';
const post = (text: string) => ({ text, openid: OPENID, scene: 3 as const });

describe('WechatSecCheck.checkText', () => {
  it('asks msg_sec_check version 2 with the content, scene and openid', async () => {
    const wechat = fakeWechat(() => verdictOf('pass'));
    await wechat.checker.checkText(post('晨光能量碗很好吃'));
    expect(wechat.sent).toEqual([
      { apiName: '/wxa/msg_sec_check', requestData: { content: '晨光能量碗很好吃', version: 2, scene: 3, openid: OPENID } },
    ]);
  });

  it.each([
    ['pass', 100, 'pass', '100'],
    ['review', 10001, 'review', '10001'],
    ['risky', '20006', 'risky', '20006'],
  ])('maps suggest %s with label %s', async (suggest, label, verdict, asLabel) => {
    const wechat = fakeWechat(() => verdictOf(suggest, label, 'trace-9'));
    await expect(wechat.checker.checkText(post('文本'))).resolves.toEqual({ verdict, label: asLabel, traceId: 'trace-9' });
  });

  it('throws on an errcode, so the caller keeps the post hidden', async () => {
    const wechat = fakeWechat(() => ({ errcode: 40003, errmsg: 'invalid openid' }));
    await expect(wechat.checker.checkText(post('文本'))).rejects.toThrow(/msg_sec_check failed: 40003 invalid openid/);
  });

  it('throws when CloudBase answers an error instead of a result', async () => {
    const checker = new WechatSecCheck(async () => ({ code: 'PERMISSION_DENIED', message: 'no openapi permission' }) as never);
    await expect(checker.checkText(post('文本'))).rejects.toThrow(/answered nothing.*PERMISSION_DENIED/);
  });

  it('throws on an answer without a known suggest', async () => {
    const wechat = fakeWechat(() => ({ errcode: 0, errmsg: 'ok', result: { suggest: 'maybe' } }));
    await expect(wechat.checker.checkText(post('文本'))).rejects.toThrow(/no verdict/);
  });

  it('checks a text longer than 2500 characters in chunks, and the worst verdict wins', async () => {
    const text = `${'好'.repeat(3000)}${'评'.repeat(3000)}`;
    const wechat = fakeWechat(({ requestData }) =>
      String(requestData.content).includes('评') && !String(requestData.content).includes('好')
        ? verdictOf('risky', 20008, 'trace-risky')
        : verdictOf('pass', 100, 'trace-pass'),
    );
    await expect(wechat.checker.checkText(post(text))).resolves.toEqual({ verdict: 'risky', label: '20008', traceId: 'trace-risky' });
    expect(wechat.sent.length).toBeGreaterThan(2);
    for (const { requestData } of wechat.sent) expect(Array.from(String(requestData.content)).length).toBeLessThanOrEqual(2500);
    expect(wechat.sent.map(({ requestData }) => requestData.content).join('')).toContain(text.slice(2400, 2600));
  });

  it('fails the whole text when one chunk fails', async () => {
    let calls = 0;
    const wechat = fakeWechat(() => (++calls === 2 ? { errcode: -1, errmsg: 'system error' } : verdictOf('pass')));
    await expect(wechat.checker.checkText(post('字'.repeat(5000)))).rejects.toThrow(/-1 system error/);
  });

  it('passes a blank text without asking WeChat', async () => {
    const wechat = fakeWechat(() => verdictOf('risky'));
    await expect(wechat.checker.checkText(post('  '))).resolves.toEqual({ verdict: 'pass', label: '100', traceId: null });
    expect(wechat.sent).toEqual([]);
  });
});

describe('WechatSecCheck.startImageCheck', () => {
  const image = { mediaUrl: 'https://cdn.example.com/posts/bowl.jpg', openid: OPENID, scene: 3 as const };

  it('asks media_check_async version 2 for an image and answers its trace id', async () => {
    const wechat = fakeWechat(() => ({ errcode: 0, errmsg: 'ok', trace_id: '60ae120f-371d5872-7941a05b' }));
    await expect(wechat.checker.startImageCheck(image)).resolves.toEqual({ traceId: '60ae120f-371d5872-7941a05b' });
    expect(wechat.sent).toEqual([
      {
        apiName: '/wxa/media_check_async',
        requestData: { media_url: image.mediaUrl, media_type: 2, version: 2, scene: 3, openid: OPENID },
      },
    ]);
  });

  it('accepts the camel-case traceId some cloud calls answer', async () => {
    const wechat = fakeWechat(() => ({ errcode: 0, errmsg: 'ok', traceId: 'trace-camel' }));
    await expect(wechat.checker.startImageCheck(image)).resolves.toEqual({ traceId: 'trace-camel' });
  });

  it('throws on an errcode or a missing trace id', async () => {
    await expect(fakeWechat(() => ({ errcode: 45009, errmsg: 'reach max api daily quota limit' })).checker.startImageCheck(image)).rejects.toThrow(/45009/);
    await expect(fakeWechat(() => ({ errcode: 0, errmsg: 'ok' })).checker.startImageCheck(image)).rejects.toThrow(/no trace_id/);
  });
});
