import Taro from '@tarojs/taro'
import { useEffect } from 'react'
import type { AdminDistributorView } from '@shared/api'
import { listDistributors, setDistributorStatus } from '@/services/admin'
import { toAppError } from '@/services/app-error'
import { usePagedList } from '@/hooks/use-paged-list'

/** Every distributor with their figures, paged; 暂停 / 恢复 in place. */
export function useDistributors(active: boolean) {
  const list = usePagedList(listDistributors)
  const { reload } = list

  useEffect(() => {
    if (active) reload(true)
  }, [active, reload])

  const toggle = async (d: AdminDistributorView) => {
    const next = d.status === 'active' ? 'suspended' : 'active'
    if (next === 'suspended') {
      const { confirm } = await Taro.showModal({
        title: '暂停团长',
        content: `暂停后「${d.nickname}」的名片不再绑定新客户，之后的订单也不产生佣金；已有余额仍可提现。`,
        confirmText: '暂停',
        confirmColor: '#d9534f',
      })
      if (!confirm) return
    }
    try {
      const updated = await setDistributorStatus(d.openid, next)
      list.update((item) => (item.openid === updated.openid ? updated : item))
      Taro.showToast({ title: next === 'active' ? '已恢复' : '已暂停', icon: 'success' })
    } catch (e) {
      Taro.showToast({ title: toAppError(e).message, icon: 'none', duration: 2500 })
    }
  }

  return { list, toggle }
}
