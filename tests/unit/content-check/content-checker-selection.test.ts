import { contentChecker, resetContentChecker } from '@shared/providers/content-check';

const LOCAL = { GONGYING_SERVICE_URL: 'http://127.0.0.1:8787/admin' };

afterEach(() => resetContentChecker());

describe('contentChecker', () => {
  it('is the word list on the local cloud when nothing is chosen', () => {
    expect(contentChecker(LOCAL).name).toBe('wordlist');
  });

  it('is WeChat in the cloud when nothing is chosen: it needs no secret', () => {
    expect(contentChecker({ TCB_ENV: 'prod-1a2b' }).name).toBe('wechat');
  });

  it('is the word list when GONGYING_CONTENT_CHECK=wordlist, even in the cloud', () => {
    expect(contentChecker({ GONGYING_CONTENT_CHECK: 'wordlist' }).name).toBe('wordlist');
  });

  it('is WeChat when GONGYING_CONTENT_CHECK=wechat, even on the local cloud', () => {
    expect(contentChecker({ ...LOCAL, GONGYING_CONTENT_CHECK: 'wechat' }).name).toBe('wechat');
  });

  it('refuses an unknown choice', () => {
    expect(() => contentChecker({ GONGYING_CONTENT_CHECK: 'aliyun' })).toThrow(/"wechat" or "wordlist", got "aliyun"/);
  });

  it('gives the word list the extra words of the environment', async () => {
    const checker = contentChecker({ ...LOCAL, GONGYING_CONTENT_WORDS_RISKY: '高仿' });
    await expect(checker.checkText({ text: '高仿包', openid: 'demo-shopper', scene: 3 })).resolves.toMatchObject({ verdict: 'risky' });
  });

  it('is chosen once per process', () => {
    const first = contentChecker(LOCAL);
    expect(contentChecker({ GONGYING_CONTENT_CHECK: 'wechat' })).toBe(first);
    resetContentChecker();
    expect(contentChecker({ GONGYING_CONTENT_CHECK: 'wechat' })).not.toBe(first);
  });
});
