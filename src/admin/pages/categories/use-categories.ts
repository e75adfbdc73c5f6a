import Taro from '@tarojs/taro'
import { useCallback, useEffect } from 'react'
import type { CategoryView } from '@shared/api'
import { useReloadable } from '@/hooks/use-reloadable'
import { toAppError } from '@/services/app-error'
import { adminCategories, deleteCategory, saveCategory } from '@/services/admin'

const toast = (error: unknown) => Taro.showToast({ title: toAppError(error).message, icon: 'none', duration: 2500 })

/** The brand's categories, and adding, renaming, moving up and removing one; the list is read again after each. */
export function useCategories() {
  const { state, reload } = useReloadable(adminCategories)
  useEffect(() => {
    reload()
  }, [reload])

  const run = useCallback(
    async (work: () => Promise<unknown>) => {
      try {
        await work()
        await reload(true)
        return true
      } catch (error) {
        toast(error)
        return false
      }
    },
    [reload],
  )

  const add = (name: string) => run(() => saveCategory({ name }))
  const rename = (c: CategoryView, name: string) => run(() => saveCategory({ categoryId: c.categoryId, name }))
  /** Swaps places with the one above. */
  const moveUp = (items: CategoryView[], index: number) => {
    const [above, c] = [items[index - 1], items[index]]
    if (!above || !c) return Promise.resolve(false)
    return run(async () => {
      await saveCategory({ categoryId: c.categoryId, name: c.name, order: above.order })
      await saveCategory({ categoryId: above.categoryId, name: above.name, order: c.order === above.order ? c.order + 1 : c.order })
    })
  }
  const remove = async (c: CategoryView) => {
    const { confirm } = await Taro.showModal({ title: '删除分类', content: `删除「${c.name}」？其中的拼团不受影响，只是不再归入这个分类。`, confirmText: '删除', confirmColor: '#d9534f' })
    return confirm ? run(() => deleteCategory(c.categoryId)) : false
  }
  return { state, reload, add, rename, moveUp, remove }
}
