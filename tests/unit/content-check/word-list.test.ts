import { contentCheckSandbox, localImageVerdict } from '@shared/providers/content-check';
import { WordListChecker } from '@shared/providers/content-check/word-list';
import { extraWords } from '@shared/providers/content-check/word-list-words';

const checker = new WordListChecker();
const post = (text: string) => ({ text, openid: 'demo-shopper', scene: 3 as const });

beforeEach(() => contentCheckSandbox.reset());

describe('WordListChecker.checkText', () => {
  it('passes an ordinary review of a product', async () => {
    await expect(checker.checkText(post('晨光能量碗很好吃，早上来一碗刚刚好'))).resolves.toEqual({
      verdict: 'pass',
      label: 'normal',
      traceId: null,
    });
  });

  it('sends borderline marketing words to review', async () => {
    await expect(checker.checkText(post('这是全网最低价！'))).resolves.toMatchObject({ verdict: 'review', label: 'marketing' });
  });

  it('rejects fraud and gambling words as risky', async () => {
    await expect(checker.checkText(post('可以代开发票'))).resolves.toMatchObject({ verdict: 'risky', label: 'fraud' });
    await expect(checker.checkText(post('一起去赌博吧'))).resolves.toMatchObject({ verdict: 'risky', label: 'gambling' });
  });

  it('lets the worst verdict win when a text hits several words', async () => {
    await expect(checker.checkText(post('最便宜！加微信返现'))).resolves.toMatchObject({ verdict: 'risky', label: 'fraud' });
  });

  it.each(['诈.骗', '诈 骗', '诈-骗', '诈，骗', '诈😀骗', '诈\n骗'])('catches a word with something between its characters: %s', async (text) => {
    await expect(checker.checkText(post(`他们在${text}`))).resolves.toMatchObject({ verdict: 'risky' });
  });

  it('ignores case and full-width letters', async () => {
    const custom = new WordListChecker(extraWords({ GONGYING_CONTENT_WORDS_RISKY: 'VX引流' }));
    await expect(custom.checkText(post('vx 引流'))).resolves.toMatchObject({ verdict: 'risky' });
    await expect(custom.checkText(post('ＶＸ引流'))).resolves.toMatchObject({ verdict: 'risky' });
  });
});

describe('extra words from the environment', () => {
  const env = { GONGYING_CONTENT_WORDS_RISKY: '假货, 高仿', GONGYING_CONTENT_WORDS_REVIEW: '秒杀，限时' };
  const custom = new WordListChecker(extraWords(env));

  it('adds risky and review words, comma-separated (either comma)', async () => {
    await expect(custom.checkText(post('这是高仿的'))).resolves.toEqual({ verdict: 'risky', label: 'custom', traceId: null });
    await expect(custom.checkText(post('限时特价'))).resolves.toMatchObject({ verdict: 'review', label: 'custom' });
  });

  it('keeps the built-in words', async () => {
    await expect(custom.checkText(post('稳赚不赔'))).resolves.toMatchObject({ verdict: 'review', label: 'marketing' });
  });

  it('ignores blank entries', () => {
    expect(extraWords({ GONGYING_CONTENT_WORDS_RISKY: ' , ,,', GONGYING_CONTENT_WORDS_REVIEW: '' })).toEqual([]);
  });
});

describe('WordListChecker images', () => {
  const image = (mediaUrl: string) => ({ mediaUrl, openid: 'demo-shopper', scene: 3 as const });

  it.each([
    ['https://local/posts/bowl.jpg', 'pass'],
    ['https://local/posts/risky-bowl.jpg', 'risky'],
    ['https://local/posts/needs-review.jpg', 'review'],
  ])('judges %s as %s through the local callback', async (url, verdict) => {
    const { traceId } = await checker.startImageCheck(image(url));
    expect(traceId).toMatch(/^local-media-[0-9a-f]{16}$/);
    const message = localImageVerdict(traceId);
    expect(message).toMatchObject({ Event: 'wxa_media_check', trace_id: traceId, result: { suggest: verdict } });
    expect(checker.readImageCallback(message)).toEqual({ traceId, verdict, label: expect.any(String) });
  });

  it('knows no callback for a trace id it never opened', () => {
    expect(localImageVerdict('local-media-unknown')).toBeNull();
  });

  it('reads nothing from an unrelated message', () => {
    expect(checker.readImageCallback({ Event: 'subscribe_msg_popup_event' })).toBeNull();
  });
});

describe('contentCheckSandbox.failNext', () => {
  it('makes the next n checks throw, then checks again', async () => {
    contentCheckSandbox.failNext(2);
    await expect(checker.checkText(post('你好'))).rejects.toThrow(/timed out/);
    await expect(checker.startImageCheck({ mediaUrl: 'https://local/a.jpg', openid: 'o', scene: 3 })).rejects.toThrow(/timed out/);
    await expect(checker.checkText(post('你好'))).resolves.toMatchObject({ verdict: 'pass' });
  });

  it('is cleared by reset', async () => {
    contentCheckSandbox.failNext(1);
    contentCheckSandbox.reset();
    await expect(checker.checkText(post('你好'))).resolves.toMatchObject({ verdict: 'pass' });
  });

  it('takes a count >= 0', () => {
    expect(() => contentCheckSandbox.failNext(-1)).toThrow(RangeError);
  });
});
