import { z } from 'zod';
import type { CategoryView } from '../../shared/api';
import type { CategoryDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { getDoc } from '../../shared/runtime/documents';
import { idSchema } from '../../shared/runtime/schemas';
import { CATEGORIES_READ, categoryView, listCategories } from '../../groupbuy/categories';

const nameSchema = z.string().trim().min(1, '请填写分类名称').max(8, '分类名称最多 8 个字');

/** 分类: the brand's categories, in their order. */
export const categories = action({
  admin: true,
  input: z.object({}),
  async handler(_input, { db }): Promise<{ items: CategoryView[] }> {
    return { items: await listCategories(db) };
  },
});

/** Creates a category (at the end) or renames / reorders one. Names are unique. */
export const saveCategory = action({
  admin: true,
  input: z.object({ categoryId: idSchema.optional(), name: nameSchema, order: z.number().int().min(0).max(999).optional() }),
  async handler({ categoryId, name, order }, { db, now }): Promise<{ category: CategoryView }> {
    const all = (await db.collection('categories').limit(CATEGORIES_READ).get()).data as CategoryDoc[];
    if (all.some((c) => c.name === name && c._id !== categoryId)) throw new AppError('INVALID_ARGUMENT', '已有同名分类');
    if (categoryId) {
      const current = await getDoc<CategoryDoc>(db, 'categories', categoryId);
      if (!current) throw new AppError('NOT_FOUND');
      await db.collection('categories').doc(categoryId).update({ name, order: order ?? current.order, updatedAt: now });
      return { category: categoryView({ ...current, name, order: order ?? current.order }) };
    }
    if (all.length >= CATEGORIES_READ) throw new AppError('INVALID_ARGUMENT', `最多 ${CATEGORIES_READ} 个分类`);
    const next = order ?? all.reduce((max, c) => Math.max(max, c.order + 1), 0);
    const doc = { name, order: next, createdAt: now, updatedAt: now };
    const { id } = (await db.collection('categories').add(doc)) as { id: string };
    return { category: categoryView({ _id: id, ...doc }) };
  },
});

/** Removes a category; its deals stay on sale, listed under none. */
export const deleteCategory = action({
  admin: true,
  input: z.object({ categoryId: idSchema }),
  async handler({ categoryId }, { db, now }): Promise<{ ok: true }> {
    await db.collection('deals').where({ categoryId }).update({ categoryId: null, updatedAt: now });
    await db.collection('categories').doc(categoryId).remove();
    return { ok: true };
  },
});
