import { z } from 'zod';
import { action, createMain } from '../../cloudfunctions/shared/runtime/router';
import { AppError } from '../../cloudfunctions/shared/runtime/app-error';
import { ERROR_CODES } from '../../cloudfunctions/shared/errors';

const contextOf = (openid?: string) => ({
  environment: JSON.stringify(openid ? { WX_OPENID: openid, WX_APPID: 'wx-test' } : {}),
});

const echo = action({
  input: z.object({ n: z.number().int() }),
  async handler({ n }, { openid }) {
    return { n, openid };
  },
});
const boom = action({
  input: z.object({}),
  async handler(): Promise<never> {
    throw new Error('secret stack detail');
  },
});
const refuse = action({
  input: z.object({}),
  async handler(): Promise<never> {
    throw new AppError('SOLD_OUT');
  },
});
const main = createMain('test', { echo, boom, refuse });

describe('the action router', () => {
  beforeAll(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));

  it('answers the handler result in an ok envelope', async () => {
    await expect(main({ action: 'echo', n: 3 }, contextOf('u1'))).resolves.toEqual({ ok: true, data: { n: 3, openid: 'u1' } });
  });

  it('takes identity from the context, never from the event', async () => {
    const res = await main({ action: 'echo', n: 1, openid: 'admin', userInfo: { openId: 'admin' } }, contextOf('u1'));
    expect(res).toEqual({ ok: true, data: { n: 1, openid: 'u1' } });
  });

  it('refuses a caller without platform identity', async () => {
    const res = await main({ action: 'echo', n: 1, openid: 'admin' }, contextOf());
    expect(res).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it.each([[null], ['text'], [{}], [{ action: 42 }]])('a malformed event %p is INVALID_ARGUMENT', async (event) => {
    expect(await main(event, contextOf('u1'))).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });

  it('validates the input before the handler runs', async () => {
    const res = await main({ action: 'echo', n: 'three' }, contextOf('u1'));
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect((res as { error: { message: string } }).error.message).toBe('请求参数有误：「n」缺失或类型不正确');
  });

  it('explains a too-small number in Chinese', async () => {
    const res = await main({ action: 'echo', n: 1.5 }, contextOf('u1'));
    expect((res as { error: { message: string } }).error.message).toMatch(/^请求参数有误：「n」[\u3400-\u9fff]/);
  });

  it('names an unknown action, including inherited object keys', async () => {
    for (const name of ['nope', 'constructor', '__proto__', 'toString']) {
      expect(await main({ action: name }, contextOf('u1'))).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } });
    }
  });

  it('passes a domain failure through with its code and Chinese message', async () => {
    expect(await main({ action: 'refuse' }, contextOf('u1'))).toEqual({
      ok: false,
      error: { code: 'SOLD_OUT', message: '库存不足，已售罄' },
    });
  });

  it('hides an unexpected failure behind INTERNAL, without the stack', async () => {
    const res = await main({ action: 'boom' }, contextOf('u1'));
    expect(res).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(res)).not.toContain('secret');
  });

  it('uses UPPER_SNAKE error codes with a Chinese message each', () => {
    for (const code of ERROR_CODES) expect(code).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
  });
});
