import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import type { Fen } from '@shared/domain/money';
import { posterTarget } from '@/components/share-poster/poster-target';

/**
 * A share poster's mini-program code (groupbuy.posterCode) is asked for the page the poster
 * opens: the home page (a leader's card) or the group page, which lives in the group
 * subpackage since issue 18. The local cloud has no WeChat, so the code itself is null.
 */
describe('groupbuy.posterCode', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    cloud = await startTestCloud();
  });
  afterAll(() => cloud?.stop());

  it('takes the page of every poster the app draws, in the main package or a subpackage', async () => {
    const card = posterTarget({ kind: 'card', code: 'YZ7KQ3MP', sharerNickname: '阿哲', picks: [] });
    const group = posterTarget({
      kind: 'group',
      groupId: '0123456789abcdef01234567',
      code: 'YZ7KQ3MP',
      title: '燕麦坚果脆',
      image: 'cloud://env/products/a.png',
      groupPriceFen: 1990 as Fen,
      soloPriceFen: null,
      groupSize: 2,
      membersNeeded: 1,
      sharerNickname: '小满',
    });
    expect([card.page, group.page]).toEqual(['pages/index/index', 'group/pages/detail/index']);
    for (const { page, scene } of [card, group]) {
      expect(await cloud.call('groupbuy', { action: 'posterCode', page, scene }, 'demo-shopper')).toEqual({ ok: true, data: { fileId: null } });
    }
  });

  it('refuses what is not a page path', async () => {
    for (const page of ['pages/deal/index?id=1', '../pages/index/index', 'https://example.com/pages/x/index', 'group/pages/detail', '', 42]) {
      const res = await cloud.call('groupbuy', { action: 'posterCode', page, scene: 'abc' }, 'demo-shopper');
      expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    }
  });
});
