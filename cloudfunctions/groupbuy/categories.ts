import type { Database } from '../shared/runtime/cloud';
import type { CategoryView } from '../shared/api';
import type { CategoryDoc } from '../shared/model';

/** A brand keeps a short list of categories; this many are read at most. */
export const CATEGORIES_READ = 50;

export const categoryView = (c: CategoryDoc): CategoryView => ({ categoryId: c._id, name: c.name, order: c.order });

/** The brand's categories, in their order. */
export async function listCategories(db: Database): Promise<CategoryView[]> {
  const res = await db.collection('categories').orderBy('order', 'asc').limit(CATEGORIES_READ).get();
  return (res.data as CategoryDoc[]).map(categoryView);
}
