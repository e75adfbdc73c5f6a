import Taro from '@tarojs/taro'
import { useCallback, useRef, useState } from 'react'
import type { AdminDealView } from '@shared/api'
import { listAdminDeals, setDealStatus } from '@/services/admin'
import { toAppError, type AppError } from '@/services/app-error'
import { nextListingStatus } from '@/admin/deal-status'
import { openAdminDealEdit } from '@/routes'

export interface AdminDealsState {
  status: 'loading' | 'ready' | 'error'
  items: AdminDealView[]
  cursor?: string
  error?: AppError
  loadingMore: boolean
}

const INITIAL: AdminDealsState = { status: 'loading', items: [], loadingMore: false }

/** All deals for the operator, by page; listing and delisting one in place. */
export function useAdminDeals() {
  const [state, setState] = useState<AdminDealsState>(INITIAL)
  const latest = useRef(state)
  latest.current = state
  const generation = useRef(0)

  const reload = useCallback(async (keepItems = false): Promise<AppError | undefined> => {
    const gen = ++generation.current
    setState((s) => (keepItems && s.items.length ? s : INITIAL))
    try {
      const page = await listAdminDeals()
      if (gen === generation.current) setState({ status: 'ready', items: page.items, cursor: page.cursor, loadingMore: false })
      return undefined
    } catch (e) {
      const error = toAppError(e)
      if (gen === generation.current) setState((s) => ({ ...s, status: s.items.length ? 'ready' : 'error', error }))
      return error
    }
  }, [])

  const loadMore = useCallback(async () => {
    const s = latest.current
    if (s.status !== 'ready' || !s.cursor || s.loadingMore) return
    const gen = generation.current
    setState((cur) => ({ ...cur, loadingMore: true }))
    try {
      const page = await listAdminDeals(s.cursor)
      if (gen === generation.current) setState((cur) => ({ ...cur, items: [...cur.items, ...page.items], cursor: page.cursor, loadingMore: false }))
    } catch (e) {
      if (gen === generation.current) setState((cur) => ({ ...cur, loadingMore: false }))
      Taro.showToast({ title: toAppError(e).message, icon: 'none' })
    }
  }, [])

  const toggleListing = useCallback(async (deal: AdminDealView) => {
    const next = nextListingStatus(deal)
    if (next === 'closed') {
      const { confirm } = await Taro.showModal({
        title: '下架活动',
        content: `下架后「${deal.title}」不再出现在首页，也不能开团和参团。已开的团照常进行。`,
        confirmText: '下架',
        confirmColor: '#d9534f',
      })
      if (!confirm) return
    }
    try {
      const updated = await setDealStatus(deal.dealId, next)
      setState((cur) => ({ ...cur, items: cur.items.map((d) => (d.dealId === updated.dealId ? updated : d)) }))
      Taro.showToast({ title: next === 'active' ? '已上架' : '已下架', icon: 'success' })
    } catch (e) {
      const error = toAppError(e)
      if (error.code !== 'DEAL_INCOMPLETE') {
        Taro.showToast({ title: error.message, icon: 'none', duration: 2500 })
        return
      }
      // An adopted poll's draft with placeholders: say what to fill in and offer the editor.
      const { confirm } = await Taro.showModal({ title: '还不能上架', content: error.message, confirmText: '去编辑' })
      if (confirm) openAdminDealEdit(deal.dealId)
    }
  }, [])

  return { state, reload, loadMore, toggleListing }
}
