import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { WithdrawalView } from '@shared/api'
import { toAppError } from '@/services/app-error'
import { confirmTransfer } from '@/services/merchant-transfer'

/** 确认收款 on a withdrawal WeChat holds for the user; `onDone` gets the withdrawal as it now stands. */
export function useConfirmTransfer(onDone: (w: WithdrawalView) => void) {
  const [confirming, setConfirming] = useState<string | null>(null)

  const confirm = async (w: WithdrawalView) => {
    if (confirming) return
    setConfirming(w.withdrawalId)
    try {
      const { outcome, withdrawal } = await confirmTransfer(w)
      onDone(withdrawal)
      if (outcome === 'sandbox') Taro.showToast({ title: '本地沙箱：已自动确认', icon: 'none' })
      else if (outcome === 'confirmed') Taro.showToast({ title: withdrawal.status === 'succeeded' ? '已到账微信零钱' : '已确认，到账稍有延迟', icon: 'none' })
    } catch (e) {
      Taro.showToast({ title: toAppError(e).message, icon: 'none', duration: 2500 })
    } finally {
      setConfirming(null)
    }
  }

  return { confirming, confirm }
}
