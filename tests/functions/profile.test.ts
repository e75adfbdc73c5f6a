import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { uploadPhoto } from '../helpers/community';
import { contentCheckSandbox } from '../../cloudfunctions/shared/providers/content-check';

jest.setTimeout(30_000);

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
});
afterAll(() => cloud.stop());
afterEach(() => contentCheckSandbox.failNext(0));

const member = (openid: string, data: Record<string, unknown>) => cloud.call('member', data, openid);
const update = (openid: string, input: Record<string, unknown>) => member(openid, { action: 'updateProfile', ...input });
const stored = async (openid: string) => (await cloud.db.collection('users').doc(openid).get()).data[0];

/** A first-time member (共营伙伴XXXX, no avatar) and their profile as stored. */
async function newcomer(openid: string) {
  const me = await member(openid, { action: 'me' });
  expect(me.ok).toBe(true);
  return stored(openid);
}

describe('头像昵称: member.updateProfile', () => {
  it('gives a newcomer a placeholder name and no avatar URL (the app draws its bundled picture), never an emulator address', async () => {
    const user = await newcomer('new-1');
    expect(user.nickname).toMatch(/^共营伙伴/);
    expect(user.avatar).toBe('');
  });

  it('stores a good nickname (trimmed) and the avatar the member uploaded to their own folder; 我的 shows both', async () => {
    await newcomer('ok-1');
    const avatar = await uploadPhoto(cloud, 'ok-1', 'avatar-a');
    const res = await update('ok-1', { nickname: '  麦田 里的 小满🌾  ', avatarFileId: avatar });
    expect(res).toEqual({ ok: true, data: { nickname: '麦田 里的 小满🌾', avatar } });
    expect(await stored('ok-1')).toMatchObject({ nickname: '麦田 里的 小满🌾', avatar });
    const me = await member('ok-1', { action: 'me' });
    expect(me.data).toMatchObject({ nickname: '麦田 里的 小满🌾', avatar });
    // The nickname alone keeps the avatar; the same values again change nothing.
    expect((await update('ok-1', { nickname: '小满' })).data).toEqual({ nickname: '小满', avatar });
    expect((await update('ok-1', { nickname: '小满' })).data).toEqual({ nickname: '小满', avatar });
  });

  it.each([
    ['empty', '   ', '请填写昵称'],
    ['too long', '一二三四五六七八九十一二三四五六七', '最多 16 个字'],
    ['a line break', '小\n满', '只能包含'],
    ['markup', '<script>', '只能包含'],
    ['a zero-width character', '小\u200b满', '只能包含'],
    ['the brand’s voice', '原野生活官方客服', '不能包含'],
  ])('refuse a nickname with %s (INVALID_ARGUMENT, a Chinese reason) and write nothing', async (_what, nickname, reason) => {
    const before = await newcomer('bad-1');
    const res = await update('bad-1', { nickname });
    expect(res.ok).toBe(false);
    expect(res.error.code).toBe('INVALID_ARGUMENT');
    expect(res.error.message).toContain(reason);
    expect(await stored('bad-1')).toEqual(before);
  });

  it('refuse a nickname the content check calls risky or doubtful (CONTENT_REJECTED), and write nothing, not even the avatar', async () => {
    const before = await newcomer('risky-1');
    const avatar = await uploadPhoto(cloud, 'risky-1', 'avatar-r');
    for (const nickname of ['网赌小王子', '全网最低价']) {
      const res = await update('risky-1', { nickname, avatarFileId: avatar });
      expect(res.ok).toBe(false);
      expect(res.error).toMatchObject({ code: 'CONTENT_REJECTED', message: expect.stringContaining('昵称') });
    }
    expect(await stored('risky-1')).toEqual(before);
  });

  it('refuse while the content check is down (INTERNAL, try later), never storing an unchecked name', async () => {
    const before = await newcomer('down-1');
    contentCheckSandbox.failNext(1);
    const res = await update('down-1', { nickname: '小麦' });
    expect(res.error).toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('稍后再试') });
    expect(await stored('down-1')).toEqual(before);
  });

  it.each([
    ['another member’s upload', (theirs: string) => theirs],
    ['a product picture', () => 'cloud://gongying-local.local-bucket/products/oat-crisps.png'],
    ['a web address', () => 'https://example.com/me.png'],
    ['a path climbing out of the folder', () => 'cloud://gongying-local.local-bucket/ugc/thief-1/../victim-1/a.png'],
  ])('refuse an avatar that is %s and write nothing', async (_what, pick) => {
    const theirs = await uploadPhoto(cloud, 'victim-1', `v-${Math.random().toString(36).slice(2, 8)}`);
    const before = await newcomer('thief-1');
    const res = await update('thief-1', { avatarFileId: pick(theirs), nickname: '阿偷' });
    expect(res.error).toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('头像') });
    expect(await stored('thief-1')).toEqual(before);
  });

  it('refuse a call with nothing to change', async () => {
    await newcomer('none-1');
    const res = await update('none-1', {});
    expect(res.error.code).toBe('INVALID_ARGUMENT');
  });
});
