import type { Database } from '../../cloudfunctions/shared/runtime/cloud';
import type { PickupPointDoc } from '../../cloudfunctions/shared/model';
import { put } from './put';
import type { SeedIds } from './index';

/** The demo's pickup points by slug: 阿哲's own (a leader point) and the brand's partner shop. */
export const DEMO_POINTS = {
  azhe: { name: '阿哲的自提点 · 徐汇田林', address: '上海市徐汇区田林路 200 号 1 楼', hours: '每天 9:00–21:00', contactName: '阿哲', contactPhone: '13816880001', kind: 'leader', ownerOpenid: 'demo-cocreator' },
  shop: { name: '原野生活 · 静安体验店', address: '上海市静安区南京西路 1266 号 B1', hours: '周一至周日 10:00–22:00', contactName: '店长小周', contactPhone: '13916880002', kind: 'partner', ownerOpenid: '' },
} as const;

export type DemoPoint = keyof typeof DEMO_POINTS;
export const demoPointId = (ids: SeedIds, point: DemoPoint) => ids(`point:${point}`);

/**
 * Pickup points are the brand's data (fulfilment.savePickupPoint edits them); the
 * seed writes them directly, under seeded ids, so a re-run rewrites the same ones.
 */
export async function seedPickupPoints(db: Database, ids: SeedIds, at: Date): Promise<void> {
  for (const [slug, point] of Object.entries(DEMO_POINTS)) {
    const doc: PickupPointDoc = { _id: demoPointId(ids, slug as DemoPoint), ...point, staff: [], active: true, createdAt: at, updatedAt: at };
    await put(db, 'pickupPoints', doc);
  }
}
