import { statusFromChecks, statusNote, UGC_FILE_ID } from '../../cloudfunctions/shared/domain/post';
import { awardRefusal, contestPhase } from '../../cloudfunctions/shared/domain/contest';

describe('statusFromChecks', () => {
  it.each([
    ['pass', [], 'published'],
    ['pass', ['pass', 'pass'], 'published'],
    ['pass', ['pass', null], 'checking'],
    ['pass', [null, 'review'], 'review'],
    ['review', ['pass'], 'review'],
    ['error', [], 'review'],
    ['pass', ['error', 'pass'], 'review'],
    ['pass', ['review', 'risky', null], 'hidden'],
  ] as const)('text %s, photos %j → %s', (text, images, status) => {
    expect(statusFromChecks(text, images)).toBe(status);
  });
});

describe('statusNote', () => {
  it('tells the author why others cannot see a post, and nothing once published', () => {
    expect(statusNote('published')).toBeNull();
    expect(statusNote('checking')).toMatch(/检测中/);
    expect(statusNote('review')).toMatch(/审核中/);
    expect(statusNote('hidden', '图片与商品无关')).toBe('未通过审核：图片与商品无关（仅自己可见）');
    expect(statusNote('hidden')).toBe('未通过审核，仅自己可见');
    expect(statusNote('hidden', '')).toBe('未通过审核，仅自己可见');
    expect(statusNote('hidden', null)).toBe('未通过审核，仅自己可见');
    expect(statusNote('deleted')).toBe('已删除');
    expect(statusNote('checking')).toBe('图片安全检测中，通过后所有人可见');
    expect(statusNote('review')).toBe('审核中，通过后所有人可见');
  });
});

describe('UGC_FILE_ID', () => {
  it('accepts uploaded photos under ugc/ only', () => {
    expect(UGC_FILE_ID.test('cloud://env-1a2b.6465-env-1a2b-1300/ugc/202611/abc123.jpg')).toBe(true);
    expect(UGC_FILE_ID.test('cloud://gongying-local.local-bucket/products/morning-bowl.png')).toBe(false);
    expect(UGC_FILE_ID.test('https://example.com/ugc/a.png')).toBe(false);
    expect(UGC_FILE_ID.test('cloud://e.b/ugc/a b.png')).toBe(false);
  });

  it('accepts nested folders and the characters uploads use, and nothing around the id', () => {
    expect(UGC_FILE_ID.test('cloud://Env_1-a.B/ugc/2026/11/u_1-a.JPG')).toBe(true);
    expect(UGC_FILE_ID.test('cloud://e.b/ugc/a')).toBe(true);
    expect(UGC_FILE_ID.test('cloud://e.b/ugc/')).toBe(false);
    expect(UGC_FILE_ID.test('cloud:///ugc/a.png')).toBe(false);
    expect(UGC_FILE_ID.test('x cloud://e.b/ugc/a.png')).toBe(false);
    expect(UGC_FILE_ID.test('cloud://e.b/ugc/a.png?sign=1')).toBe(false);
    expect(UGC_FILE_ID.test('cloud://e.b/ugc/a.png\nmore')).toBe(false);
    expect(UGC_FILE_ID.test('cloud://e.b/UGC/a.png')).toBe(false);
    expect(UGC_FILE_ID.test('cloud://e/b/ugc/a.png')).toBe(false);
  });

  it('accepts a path of up to 200 characters after ugc/', () => {
    expect(UGC_FILE_ID.test(`cloud://e.b/ugc/${'a'.repeat(200)}`)).toBe(true);
    expect(UGC_FILE_ID.test(`cloud://e.b/ugc/${'a'.repeat(201)}`)).toBe(false);
  });
});

describe('contests', () => {
  const at = (h: number) => new Date(Date.UTC(2026, 10, 22, h));
  const contest = { startAt: at(2), endAt: at(10), awardedAt: null, maxWinners: 2 };
  it('move from upcoming to open to judging, and to awarded once winners are named', () => {
    expect(contestPhase(contest, at(1))).toBe('upcoming');
    expect(contestPhase(contest, at(2))).toBe('open');
    expect(contestPhase(contest, at(10))).toBe('judging');
    expect(contestPhase({ ...contest, awardedAt: at(11) }, at(12))).toBe('awarded');
  });
  it('name winners only after the end, at most maxWinners, without repeats', () => {
    expect(awardRefusal(contest, ['a'], at(5))).toMatch(/结束后/);
    expect(awardRefusal(contest, [], at(11))).toMatch(/至少/);
    expect(awardRefusal(contest, ['a', 'a'], at(11))).toMatch(/重复/);
    expect(awardRefusal(contest, ['a', 'b', 'c'], at(11))).toMatch(/最多评选 2 篇/);
    expect(awardRefusal(contest, ['a', 'b'], at(11))).toBeNull();
    expect(awardRefusal({ ...contest, awardedAt: at(11) }, ['a'], at(12))).toMatch(/已经评选/);
  });
});
