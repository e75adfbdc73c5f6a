import Taro from '@tarojs/taro'
import { useRef, useState } from 'react'
import type { RewardView } from '@shared/api'
import { toAppError } from '@/services/app-error'
import { redeemReward } from '@/services/rewards'
import { requestId } from '@/utils/request-id'

/** 兑换: confirmed first; one request id per confirmed tap, so a retry of the call is the same redemption. */
export function useRedeem(onRedeemed: (points: number) => void) {
  const running = useRef(false)
  const [busyId, setBusyId] = useState<string | null>(null)
  const redeem = async (r: RewardView) => {
    if (running.current) return
    const { confirm } = await Taro.showModal({ title: '确认兑换', content: `用 ${r.pointsCost} 积分兑换「${r.title}」？`, confirmText: '兑换' })
    if (!confirm) return
    running.current = true
    setBusyId(r.rewardId)
    try {
      const { points, voucherId } = await redeemReward(r.rewardId, requestId())
      // A perk's voucher is issued by the partner's side a moment later (the outbox): say so, rather than promise it is there.
      Taro.showToast({ title: voucherId ? '兑换成功，卡券发放中，稍后在我的卡券查看' : '兑换成功，已放入我的优惠券', icon: 'none', duration: 2500 })
      onRedeemed(points)
    } catch (e) {
      Taro.showToast({ title: toAppError(e).message, icon: 'none', duration: 2500 })
    } finally {
      running.current = false
      setBusyId(null)
    }
  }
  return { redeem, busyId }
}
