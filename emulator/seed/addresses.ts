import type { LocalCloud } from '../local-cloud';
import type { AddressInput, AddressView, DeliveryChoice } from '../../cloudfunctions/shared/api';
import { callAs } from './call';
import { demoPointId, DemoPoint } from './pickup-points';
import type { SeedIds } from './index';

type Place = Omit<AddressInput, 'addressId' | 'isDefault'>;
const SH = (district: string): [string, string, string] => ['上海市', '上海市', district];

/** Saved addresses of the demo buyers, the first of each their default (小满 has a second, at work). */
const ADDRESSES: Record<string, Place[]> = {
  'demo-shopper': [
    { name: '小满', phone: '13800138004', region: SH('徐汇区'), detail: '漕溪北路 88 号 3 号楼 1202 室' },
    { name: '小满', phone: '13800138004', region: SH('静安区'), detail: '南京西路 1038 号 梅龙镇广场 21 楼' },
  ],
  'demo-officer': [{ name: '小禾', phone: '13800138003', region: ['浙江省', '杭州市', '西湖区'], detail: '文三路 478 号 华星时代广场 A 座 806' }],
  'demo-qing': [{ name: '阿青', phone: '13800138005', region: ['江苏省', '苏州市', '姑苏区'], detail: '平江路 116 号' }],
  'demo-mumu': [{ name: '木木', phone: '13800138006', region: SH('长宁区'), detail: '愚园路 1107 弄 5 号 402' }],
  'demo-tiantian': [{ name: '甜甜', phone: '13800138007', region: SH('徐汇区'), detail: '田林东路 75 号 2 号楼 301' }],
  'demo-cocreator': [{ name: '阿哲', phone: '13816880001', region: SH('徐汇区'), detail: '田林路 200 号 1 楼' }],
};

/** Saves the demo addresses through member.saveAddress, once (a re-run finds them saved). */
export async function seedAddresses(cloud: LocalCloud): Promise<void> {
  for (const [openid, places] of Object.entries(ADDRESSES)) {
    const saved = await callAs<{ items: AddressView[] }>(cloud, 'member', openid, { action: 'addresses' });
    if (saved.items.length) continue;
    for (const address of places) await callAs(cloud, 'member', openid, { action: 'saveAddress', address });
  }
}

/** A demo buyer's checkout choice: pickup at a demo point, or express to their default address. */
export async function demoDelivery(cloud: LocalCloud, ids: SeedIds, openid: string, pickup?: DemoPoint): Promise<DeliveryChoice> {
  if (pickup) return { mode: 'pickup', pointId: demoPointId(ids, pickup) };
  const { items } = await callAs<{ items: AddressView[] }>(cloud, 'member', openid, { action: 'addresses' });
  return { mode: 'express', addressId: items[0].addressId };
}
