import type { Database } from '../../cloudfunctions/shared/runtime/cloud';
import type { CategoryDoc, DealDoc, ProductDoc } from '../../cloudfunctions/shared/model';
import { fileIdFor } from '../storage';
import { DEMO_CATEGORIES, DEMO_DEALS, DemoDeal } from './demo-deals';
import type { SeedIds } from './index';
import { put } from './put';

const DAY = 86_400_000;

export async function seedCatalogue(db: Database, ids: SeedIds, at: Date): Promise<void> {
  for (const [order, name] of DEMO_CATEGORIES.entries()) {
    const category: CategoryDoc = { _id: ids(`category:${name}`), name, order, createdAt: at, updatedAt: at };
    await put(db, 'categories', category);
  }
  for (const demo of DEMO_DEALS) {
    const image = fileIdFor(`products/${demo.slug}.png`);
    const product: ProductDoc = {
      _id: ids(`product:${demo.slug}`),
      name: demo.title,
      summary: demo.subtitle,
      description: demo.description,
      image,
      images: [image, ...(demo.gallery ?? []).map(fileIdFor)],
      tags: demo.tags,
      createdAt: at,
    };
    await put(db, 'products', product);
    await put(db, 'deals', dealDoc(demo, product, at, ids));
  }
}

function dealDoc(demo: DemoDeal, product: ProductDoc, at: Date, ids: SeedIds): Omit<DealDoc, '_id'> & { _id: string } {
  return {
    _id: ids(`deal:${demo.slug}`),
    productId: product._id,
    title: demo.title,
    subtitle: demo.subtitle,
    image: product.image,
    thumb: fileIdFor(`products/thumbs/${demo.slug}.png`),
    images: product.images,
    description: demo.description,
    groupPriceFen: demo.groupPriceFen,
    soloPriceFen: demo.soloPriceFen,
    groupSize: demo.groupSize,
    timeLimitMinutes: demo.timeLimitMinutes,
    perUserLimit: demo.perUserLimit,
    stockInitial: demo.stock,
    stockLeft: demo.stock,
    stockReserved: 0,
    stockSold: 0,
    startAt: new Date(at.getTime() + demo.startsInDays * DAY),
    endAt: new Date(at.getTime() + demo.endsInDays * DAY),
    autoComplete: demo.autoComplete,
    commissionBps: 1500,
    status: 'active',
    tags: demo.tags,
    categoryId: ids(`category:${demo.category}`),
    ...(demo.delivery ? { delivery: demo.delivery } : {}),
    createdAt: at,
    updatedAt: at,
  };
}
