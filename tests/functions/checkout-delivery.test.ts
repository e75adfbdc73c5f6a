import { startTestCloud, TestCloud, ALL_COLLECTIONS } from '../helpers/test-cloud';
import { gb, makeDeal, pay, readOrder } from '../helpers/groupbuy';
import { dist, makeDistributor } from '../helpers/distribution';
import { now } from '../../cloudfunctions/shared/runtime/clock';
import type { PickupPointDoc } from '../../cloudfunctions/shared/model';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
});
afterAll(() => cloud.stop());

const HOME = { name: '小满', phone: '13800138004', region: ['上海市', '上海市', '徐汇区'], detail: '漕溪北路 88 号 1202 室' };

async function member<T = any>(openid: string, data: Record<string, unknown>): Promise<T> {
  const res = await cloud.call('member', data, openid);
  if (!res.ok) throw new Error(`${String(data.action)} as ${openid}: ${res.error.code} ${res.error.message}`);
  return res.data as T;
}
const saveAddress = (openid: string, address: Record<string, unknown>) => member(openid, { action: 'saveAddress', address });
const addressesOf = async (openid: string) => (await member(openid, { action: 'addresses' })).items as { addressId: string; isDefault: boolean; detail: string }[];

async function makePoint(overrides: Partial<PickupPointDoc> = {}): Promise<string> {
  const at = now();
  const point: Omit<PickupPointDoc, '_id'> = {
    name: '阿哲的自提点', address: '上海市徐汇区田林路 200 号', hours: '每天 9:00–21:00', contactName: '阿哲', contactPhone: '13816880001',
    kind: 'leader', ownerOpenid: 'someone', staff: [], active: true, createdAt: at, updatedAt: at, ...overrides,
  };
  return ((await cloud.db.collection('pickupPoints').add(point)) as { id: string }).id;
}

/** The call is refused with `code` and a Chinese message, and writes nothing at all. */
async function refusedWithNothingWritten(fn: string, openid: string, data: Record<string, unknown>, code: string, message?: RegExp) {
  const before = await cloud.countAll(ALL_COLLECTIONS);
  const res = await cloud.call(fn, data, openid);
  expect(res).toMatchObject({ ok: false, error: { code, message: expect.stringMatching(message ?? /[\u4e00-\u9fff]/) } });
  expect(await cloud.countAll(ALL_COLLECTIONS)).toBe(before);
}

describe('saved addresses (地址管理)', () => {
  it.each<[string, Record<string, unknown>, RegExp]>([
    ['without a phone', { ...HOME, phone: undefined }, /请填写正确的手机号/],
    ['with a number that is not a mainland mobile', { ...HOME, phone: '02154321234' }, /请填写正确的手机号/],
    ['with a Hong Kong number', { ...HOME, phone: '91234567' }, /请填写正确的手机号/],
    ['without a region', { ...HOME, region: undefined }, /请选择省市区/],
    ['with only province and city', { ...HOME, region: ['上海市', '上海市'] }, /请选择省市区/],
    ['with an empty district', { ...HOME, region: ['上海市', '上海市', ' '] }, /请选择省市区/],
    ['without a name', { ...HOME, name: '  ' }, /收货人/],
    ['with a one-character detail', { ...HOME, detail: '楼' }, /详细地址/],
  ])('refuses an address %s, in Chinese, writing nothing', async (_label, address, message) => {
    await refusedWithNothingWritten('member', 'addr-bad', { action: 'saveAddress', address }, 'INVALID_ARGUMENT', message);
  });

  it('makes the first address the default and lists the default first, then the newest', async () => {
    const home = (await saveAddress('addr-list', HOME)).address;
    expect(home).toMatchObject({ ...HOME, isDefault: true, addressId: expect.stringMatching(/^[0-9a-f]{32}$/) });
    cloud.clock.advance(1000);
    await saveAddress('addr-list', { ...HOME, detail: '南京西路 1038 号 21 楼' });
    cloud.clock.advance(1000);
    await saveAddress('addr-list', { ...HOME, detail: '愚园路 1107 弄 5 号' });
    expect((await addressesOf('addr-list')).map((a) => [a.detail, a.isDefault])).toEqual([
      [HOME.detail, true],
      ['愚园路 1107 弄 5 号', false],
      ['南京西路 1038 号 21 楼', false],
    ]);
  });

  it('accepts a phone written with spaces or dashes and stores the 11 digits', async () => {
    expect((await saveAddress('addr-spaces', { ...HOME, phone: '138 0013-8004' })).address.phone).toBe('13800138004');
  });

  it('choosing a default clears the others; deleting the default makes the newest remaining one default', async () => {
    const a = (await saveAddress('addr-def', HOME)).address.addressId;
    cloud.clock.advance(1000);
    const b = (await saveAddress('addr-def', { ...HOME, detail: '第二个地址 2 号' })).address.addressId;
    cloud.clock.advance(1000);
    const c = (await saveAddress('addr-def', { ...HOME, detail: '第三个地址 3 号' })).address.addressId;
    await saveAddress('addr-def', { ...HOME, addressId: b, detail: '第二个地址 2 号', isDefault: true });
    expect((await addressesOf('addr-def')).filter((x) => x.isDefault).map((x) => x.addressId)).toEqual([b]);
    expect(await member('addr-def', { action: 'deleteAddress', addressId: b })).toEqual({ deleted: true });
    expect((await addressesOf('addr-def')).map((x) => [x.addressId, x.isDefault])).toEqual([[c, true], [a, false]]);
  });

  it("never shows, edits or deletes someone else's address: NOT_FOUND", async () => {
    const mine = (await saveAddress('addr-owner', HOME)).address.addressId;
    expect(await addressesOf('addr-stranger')).toEqual([]);
    await refusedWithNothingWritten('member', 'addr-stranger', { action: 'saveAddress', address: { ...HOME, addressId: mine, detail: '改掉 1 号' } }, 'NOT_FOUND', /收货地址不存在/);
    await refusedWithNothingWritten('member', 'addr-stranger', { action: 'deleteAddress', addressId: mine }, 'NOT_FOUND', /收货地址不存在/);
    expect((await addressesOf('addr-owner'))[0]).toMatchObject({ addressId: mine, detail: HOME.detail });
  });

  it('keeps at most 20 addresses', async () => {
    for (let i = 0; i < 20; i++) await saveAddress('addr-many', { ...HOME, detail: `第 ${i} 号楼` });
    await refusedWithNothingWritten('member', 'addr-many', { action: 'saveAddress', address: HOME }, 'LIMIT_EXCEEDED', /20/);
  });

  it('leaves exactly one default after 10 concurrent saves that each ask to be the default', async () => {
    const ids = [];
    for (let i = 0; i < 10; i++) ids.push((await saveAddress('addr-race', { ...HOME, detail: `并发 ${i} 号` })).address.addressId);
    await Promise.all(ids.map((addressId, i) => saveAddress('addr-race', { ...HOME, addressId, detail: `并发 ${i} 号`, isDefault: true })));
    const docs = (await cloud.db.collection('addresses').where({ openid: 'addr-race' }).get()).data;
    expect(docs.filter((d: { isDefault: boolean }) => d.isDefault)).toHaveLength(1);
  });

  it('leaves exactly one default after 10 concurrent new addresses asking to be the default', async () => {
    await Promise.all(Array.from({ length: 10 }, (_, i) => saveAddress('addr-race-new', { ...HOME, detail: `新建 ${i} 号`, isDefault: true })));
    const list = await addressesOf('addr-race-new');
    expect(list).toHaveLength(10);
    expect(list.filter((a) => a.isDefault)).toHaveLength(1);
    expect(list[0].isDefault).toBe(true);
  });
});

describe('delivery at checkout', () => {
  let pointId: string;
  beforeAll(async () => {
    pointId = await makePoint();
  });

  it('refuses a checkout without a valid delivery choice, before anything is written', async () => {
    const dealId = await makeDeal(cloud);
    for (const action of ['startGroup', 'buySolo']) {
      for (const delivery of [undefined, {}, { mode: 'air' }, { mode: 'express' }, { mode: 'pickup', pointId: 'a b' }]) {
        await refusedWithNothingWritten('groupbuy', 'new-buyer-1', { action, dealId, ...(delivery ? { delivery } : {}) }, 'INVALID_ARGUMENT', /收货|自提点/);
      }
    }
  });

  it("refuses an unknown or retired point, someone else's address, and a mode the deal does not offer; nothing written", async () => {
    const dealId = await makeDeal(cloud);
    const pickupOnly = await makeDeal(cloud, { delivery: { express: false, pickup: true, shippingFeeFen: 0, freeFromFen: null } });
    const expressOnly = await makeDeal(cloud, { delivery: { express: true, pickup: false, shippingFeeFen: 600, freeFromFen: null } });
    const retired = await makePoint({ active: false });
    const victims = (await saveAddress('victim', HOME)).address.addressId;
    const own = (await saveAddress('chooser', HOME)).address.addressId;
    for (const action of ['startGroup', 'buySolo']) {
      const refuse = (id: string, delivery: object, code: string, message: RegExp) =>
        refusedWithNothingWritten('groupbuy', 'new-buyer-2', { action, dealId: id, delivery }, code, message);
      await refuse(dealId, { mode: 'pickup', pointId: 'f'.repeat(32) }, 'NOT_FOUND', /自提点不存在或已停用/);
      await refuse(dealId, { mode: 'pickup', pointId: retired }, 'NOT_FOUND', /自提点不存在或已停用/);
      await refuse(dealId, { mode: 'express', addressId: victims }, 'NOT_FOUND', /收货地址不存在/);
      await refuse(dealId, { mode: 'express', addressId: 'f'.repeat(32) }, 'NOT_FOUND', /收货地址不存在/);
      await refuse(pickupOnly, { mode: 'express', addressId: victims }, 'DELIVERY_UNAVAILABLE', /不支持这种收货方式/);
      await refusedWithNothingWritten('groupbuy', 'chooser', { action, dealId: pickupOnly, delivery: { mode: 'express', addressId: own } }, 'DELIVERY_UNAVAILABLE', /收货方式/);
      await refuse(expressOnly, { mode: 'pickup', pointId }, 'DELIVERY_UNAVAILABLE', /收货方式/);
    }
  });

  it("checks a joiner's choice against the group's deal before taking a seat", async () => {
    const dealId = await makeDeal(cloud, { delivery: { express: true, pickup: false, shippingFeeFen: 0, freeFromFen: null } });
    const leaderAddress = (await saveAddress('join-leader', HOME)).address.addressId;
    const started = await gb(cloud, 'join-leader', { action: 'startGroup', dealId, delivery: { mode: 'express', addressId: leaderAddress } });
    await pay(cloud, started.orderId);
    const join = (delivery: object) => ({ action: 'joinGroup', groupId: started.groupId, delivery });
    await refusedWithNothingWritten('groupbuy', 'new-joiner', join({ mode: 'pickup', pointId }), 'DELIVERY_UNAVAILABLE');
    await refusedWithNothingWritten('groupbuy', 'new-joiner', join({ mode: 'express', addressId: leaderAddress }), 'NOT_FOUND', /收货地址不存在/);
    await refusedWithNothingWritten('groupbuy', 'new-joiner', { action: 'joinGroup', groupId: started.groupId }, 'INVALID_ARGUMENT');
    expect((await gb(cloud, 'join-leader', { action: 'getGroup', groupId: started.groupId })).group.seatsTaken).toBe(1);
  });

  it('adds the express fee to the amount paid but not to the commission base', async () => {
    const code = await makeDistributor(cloud, 'fee-leader');
    await dist(cloud, 'fee-buyer', { action: 'bind', code });
    const dealId = await makeDeal(cloud, { groupSize: 2, groupPriceFen: 2999, delivery: { express: true, pickup: true, shippingFeeFen: 800, freeFromFen: 10_000 } });
    const addressId = (await saveAddress('fee-buyer', HOME)).address.addressId;
    const started = await gb(cloud, 'fee-buyer', { action: 'startGroup', dealId, quantity: 2, delivery: { mode: 'express', addressId } });
    expect(await readOrder(cloud, started.orderId)).toMatchObject({ goodsFen: 5998, shippingFeeFen: 800, amountFen: 6798 });
    expect(started.payment).toMatchObject({ amountFen: 6798 });
    await pay(cloud, started.orderId);
    const friend = await gb(cloud, 'fee-friend', { action: 'joinGroup', groupId: started.groupId, delivery: { mode: 'pickup', pointId } });
    expect(await readOrder(cloud, friend.orderId)).toMatchObject({ goodsFen: 2999, shippingFeeFen: 0, amountFen: 2999 });
    await pay(cloud, friend.orderId);

    const commission = (await cloud.db.collection('commissions').doc(started.orderId).get()).data[0];
    expect(commission).toMatchObject({ paidFen: 5998, amountFen: Math.floor((5998 * 1500) / 10000) });
    const { order } = await gb(cloud, 'fee-buyer', { action: 'getOrder', orderId: started.orderId });
    expect(order).toMatchObject({
      amountFen: 6798,
      goodsFen: 5998,
      status: 'effective',
      delivery: { mode: 'express', shippingFeeFen: 800, stage: 'to_ship', address: { ...HOME }, point: null, tracking: null, autoReceiveAt: '', afterSale: null },
      nextStep: expect.stringContaining('待发货'),
    });
    const points = (await gb(cloud, 'fee-buyer', { action: 'getOrder', orderId: started.orderId })).order;
    expect(points.goodsFen + points.delivery.shippingFeeFen).toBe(points.amountFen);
  });

  it('waives the fee when the goods reach the free-shipping amount exactly', async () => {
    const dealId = await makeDeal(cloud, { soloPriceFen: 5000, delivery: { express: true, pickup: true, shippingFeeFen: 800, freeFromFen: 10_000 } });
    const addressId = (await saveAddress('free-ship', HOME)).address.addressId;
    const bought = await gb(cloud, 'free-ship', { action: 'buySolo', dealId, quantity: 2, delivery: { mode: 'express', addressId } });
    expect(await readOrder(cloud, bought.orderId)).toMatchObject({ goodsFen: 10_000, shippingFeeFen: 0, amountFen: 10_000 });
  });

  it('keeps the address snapshot on the order after the address is edited or deleted', async () => {
    const dealId = await makeDeal(cloud);
    const addressId = (await saveAddress('snap', HOME)).address.addressId;
    const bought = await gb(cloud, 'snap', { action: 'buySolo', dealId, delivery: { mode: 'express', addressId } });
    await saveAddress('snap', { ...HOME, addressId, phone: '13911112222', detail: '搬家后的新地址 9 号' });
    let { order } = await gb(cloud, 'snap', { action: 'getOrder', orderId: bought.orderId });
    expect(order.delivery.address).toEqual(HOME);
    await member('snap', { action: 'deleteAddress', addressId });
    ({ order } = await gb(cloud, 'snap', { action: 'getOrder', orderId: bought.orderId }));
    expect(order.delivery.address).toEqual(HOME);
  });

  it('shows a pickup order where to collect, and its stage 待到货 once the group succeeded', async () => {
    const dealId = await makeDeal(cloud, { groupSize: 2 });
    const a = await gb(cloud, 'pick-a', { action: 'startGroup', dealId, delivery: { mode: 'pickup', pointId } });
    await pay(cloud, a.orderId);
    const b = await gb(cloud, 'pick-b', { action: 'joinGroup', groupId: a.groupId, delivery: { mode: 'pickup', pointId } });
    await pay(cloud, b.orderId);
    const { order } = await gb(cloud, 'pick-a', { action: 'getOrder', orderId: a.orderId });
    expect(order.delivery).toMatchObject({
      mode: 'pickup', address: null, shippingFeeFen: 0, stage: 'to_arrive',
      point: { pointId, name: '阿哲的自提点', address: '上海市徐汇区田林路 200 号', hours: '每天 9:00–21:00', contactPhone: '13816880001' },
    });
    expect(order.nextStep).toContain('待到货');
  });

  it('never shows phone numbers or addresses in group views', async () => {
    const dealId = await makeDeal(cloud, { groupSize: 3 });
    const addressId = (await saveAddress('private-leader', { ...HOME, phone: '13712345678', detail: '绝密小区 7 号' })).address.addressId;
    const started = await gb(cloud, 'private-leader', { action: 'startGroup', dealId, delivery: { mode: 'express', addressId } });
    await pay(cloud, started.orderId);
    await gb(cloud, 'private-friend', { action: 'joinGroup', groupId: started.groupId, delivery: { mode: 'pickup', pointId } });
    for (const viewer of ['private-leader', 'private-friend', 'private-passer-by']) {
      const seen = JSON.stringify(await gb(cloud, viewer, { action: 'getGroup', groupId: started.groupId }));
      expect(seen).not.toMatch(/13712345678|绝密小区|徐汇区|13816880001/);
    }
    const deal = JSON.stringify(await gb(cloud, 'private-passer-by', { action: 'getDeal', dealId }));
    expect(deal).not.toMatch(/13712345678|绝密小区/);
  });
});

describe('pickup points a shopper may choose', () => {
  it("lists active points, the bound leader's first and suggested; none for a deal without pickup", async () => {
    const code = await makeDistributor(cloud, 'point-leader');
    const leaders = await makePoint({ name: '团长的点', ownerOpenid: 'point-leader' });
    const retired = await makePoint({ name: '已停用的点', active: false });
    await dist(cloud, 'point-shopper', { action: 'bind', code });
    const { items } = await gb(cloud, 'point-shopper', { action: 'pickupPoints' });
    expect(items[0]).toMatchObject({ pointId: leaders, name: '团长的点', suggested: true, kind: 'leader', contactName: '阿哲' });
    expect(items.slice(1).every((p: { suggested: boolean }) => !p.suggested)).toBe(true);
    expect(items.map((p: { pointId: string }) => p.pointId)).not.toContain(retired);
    const unbound = (await gb(cloud, 'point-stranger', { action: 'pickupPoints' })).items;
    expect(unbound.some((p: { suggested: boolean }) => p.suggested)).toBe(false);
    expect(unbound).toHaveLength(items.length);

    const expressOnly = await makeDeal(cloud, { delivery: { express: true, pickup: false, shippingFeeFen: 0, freeFromFen: null } });
    expect(await gb(cloud, 'point-shopper', { action: 'pickupPoints', dealId: expressOnly })).toEqual({ items: [] });
    expect((await gb(cloud, 'point-shopper', { action: 'pickupPoints', dealId: await makeDeal(cloud) })).items).toHaveLength(items.length);
  });
});

describe('a deal says how it is delivered', () => {
  const draft = {
    title: '配送测试款', image: 'cloud://gongying-local.local-bucket/products/morning-bowl.png', groupPriceFen: 2990, soloPriceFen: null,
    groupSize: 2, timeLimitMinutes: 60, perUserLimit: 2, stock: 10, startAt: '2026-01-01T00:00:00.000Z', endAt: '2099-01-01T00:00:00.000Z',
    autoComplete: false, commissionBps: 1500,
  };

  it('saves and returns the modes and the express fee; shows them on the deal', async () => {
    const delivery = { express: true, pickup: false, shippingFeeFen: 1200, freeFromFen: 9900 };
    const saved = await cloud.call('admin', { action: 'saveDeal', draft: { ...draft, delivery } }, 'demo-admin');
    expect(saved).toMatchObject({ ok: true, data: { deal: { delivery } } });
    const got = await cloud.call('admin', { action: 'getDeal', dealId: saved.data.deal.dealId }, 'demo-admin');
    expect(got.data.draft.delivery).toEqual(delivery);
    const plain = await cloud.call('admin', { action: 'saveDeal', draft }, 'demo-admin');
    expect(plain.data.deal.delivery).toEqual({ express: true, pickup: true, shippingFeeFen: 0, freeFromFen: null });
  });

  it.each([
    [{ express: false, pickup: false, shippingFeeFen: 0, freeFromFen: null }, /至少提供一种收货方式/],
    [{ express: true, pickup: true, shippingFeeFen: 100_001, freeFromFen: null }, /运费/],
    [{ express: true, pickup: true, shippingFeeFen: 8.5, freeFromFen: null }, /shippingFeeFen/],
    [{ express: true, pickup: true, shippingFeeFen: -1, freeFromFen: null }, /shippingFeeFen/],
    [{ express: true, pickup: true, shippingFeeFen: 800, freeFromFen: -1 }, /freeFromFen/],
  ])('refuses delivery %j, writing nothing', async (delivery, message) => {
    await refusedWithNothingWritten('admin', 'demo-admin', { action: 'saveDeal', draft: { ...draft, delivery } }, 'INVALID_ARGUMENT', message);
  });
});
