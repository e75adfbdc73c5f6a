import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { adminCategories, distributionSettings, getAdminDeal, saveDeal } from '@/services/admin'
import { fieldDigits } from '@/utils/format'
import { AppError, toAppError } from '@/services/app-error'
import { viewer } from '@/services/viewer'
import type { AdminDealView, CategoryView } from '@shared/api'
import { emptyForm, formFromDraft, formToDraft, type DealForm, type FormErrors } from './deal-form'

export type EditorState =
  | { status: 'loading' }
  | { status: 'ready'; form: DealForm; errors: FormErrors; saving: boolean; blockers: AdminDealView['saleBlockers']; categories: CategoryView[] }
  | { status: 'error'; error: AppError }

/** The deal editor: loads a deal (or starts a new one), edits fields, validates and saves. */
export function useDealEditor(dealId: string | undefined) {
  const [state, setState] = useState<EditorState>({ status: 'loading' })

  const load = useCallback(async () => {
    setState({ status: 'loading' })
    // The 商品分类 to pick from, read beside the deal; without them the deal keeps its own.
    const categories = adminCategories().then((r) => r.items, () => [] as CategoryView[])
    try {
      let form: DealForm
      let blockers: AdminDealView['saleBlockers'] = []
      if (dealId) {
        const loaded = await getAdminDeal(dealId)
        form = formFromDraft(loaded.draft)
        blockers = loaded.deal.status === 'draft' ? loaded.deal.saleBlockers : []
      } else {
        // A new deal loads nothing from the admin API: ask who this is, so a shopper sees the gate at once.
        if (!(await viewer()).isAdmin) throw new AppError('FORBIDDEN')
        form = emptyForm(new Date())
        // The brand's default commission rate (品牌管理 → 分销 → 设置), when it can be read.
        const settings = await distributionSettings().catch(() => null)
        if (settings) form.commissionPercent = fieldDigits(settings.defaultRateBps)
      }
      // A draft that may not go on sale yet (an adopted poll's placeholders) marks what to fill in.
      setState({ status: 'ready', form, errors: blockerErrors(blockers), saving: false, blockers, categories: await categories })
    } catch (e) {
      setState({ status: 'error', error: toAppError(e) })
    }
  }, [dealId])

  const update = useCallback(<K extends keyof DealForm>(key: K, value: DealForm[K]) => {
    setState((s) => (s.status === 'ready' ? { ...s, form: { ...s.form, [key]: value }, errors: { ...s.errors, [key]: undefined } } : s))
  }, [])

  const save = useCallback(async () => {
    if (state.status !== 'ready' || state.saving) return
    const result = formToDraft(state.form)
    if (!result.ok) {
      setState({ ...state, errors: result.errors })
      Taro.showToast({ title: Object.values(result.errors)[0] ?? '请检查表单', icon: 'none' })
      setTimeout(() => Taro.pageScrollTo({ selector: '.deal-form__field--invalid', offsetTop: -120, duration: 200 }), 50)
      return
    }
    setState({ ...state, saving: true })
    try {
      await saveDeal(result.draft, dealId)
      Taro.showToast({ title: '已保存', icon: 'success' })
      setTimeout(() => Taro.navigateBack(), 600)
    } catch (e) {
      Taro.showToast({ title: toAppError(e).message, icon: 'none', duration: 2500 })
    } finally {
      setState((s) => (s.status === 'ready' ? { ...s, saving: false } : s))
    }
  }, [state, dealId])

  return { state, load, update, save }
}

const BLOCKER_FIELD = { groupPriceFen: 'groupPrice', stock: 'stock', image: 'image' } as const

/** 上架前请填写… under each field a draft still lacks. */
export function blockerErrors(blockers: AdminDealView['saleBlockers']): FormErrors {
  return Object.fromEntries(blockers.map((b) => [BLOCKER_FIELD[b.field], `上架前请填写：${b.message}`]))
}
