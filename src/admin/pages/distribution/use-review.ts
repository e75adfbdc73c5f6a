import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { AdminWithdrawalView, DistributorApplicationView } from '@shared/api'
import { reviewDistributorApplication, reviewWithdrawal } from '@/services/admin'
import { toAppError } from '@/services/app-error'

export type Review =
  | { kind: 'application'; approve: boolean; application: DistributorApplicationView }
  | { kind: 'withdrawal'; approve: boolean; withdrawal: AdminWithdrawalView }

export interface ReviewHandlers {
  onApplication: (app: DistributorApplicationView) => void
  onWithdrawal: (w: AdminWithdrawalView) => void
}

/** The review being confirmed in the note sheet, and sending it. */
export function useReview({ onApplication, onWithdrawal }: ReviewHandlers) {
  const [review, setReview] = useState<Review | null>(null)
  const [busy, setBusy] = useState(false)

  const confirm = async (note: string) => {
    if (!review || busy) return
    setBusy(true)
    try {
      if (review.kind === 'application') {
        onApplication(await reviewDistributorApplication(review.application.openid, review.approve, note))
        Taro.showToast({ title: review.approve ? '已通过，分销码已发放' : '已驳回', icon: 'none' })
      } else {
        const w = await reviewWithdrawal(review.withdrawal.withdrawalId, review.approve, note)
        onWithdrawal(w)
        Taro.showToast({ title: review.approve ? transferToast(w.status) : '已驳回，金额已退回', icon: 'none' })
      }
      setReview(null)
    } catch (e) {
      Taro.showToast({ title: toAppError(e).message, icon: 'none', duration: 2500 })
    } finally {
      setBusy(false)
    }
  }

  return { review, open: setReview, close: () => !busy && setReview(null), confirm, busy }
}

function transferToast(status: AdminWithdrawalView['status']): string {
  if (status === 'succeeded') return '已通过，已转入对方微信零钱'
  if (status === 'awaiting_confirmation') return '已通过，等待对方确认收款'
  if (status === 'failed') return '转账失败，金额已退回对方余额'
  if (status === 'cancelled') return '转账已撤销，金额已退回对方余额'
  return '已通过，转账处理中'
}
