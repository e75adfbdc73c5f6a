import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import type { DistributorSummary } from '@shared/api'
import { summary, withdraw } from '@/services/distribution'
import { askForTransferReminder } from '@/services/merchant-transfer'
import { AppError, toAppError } from '@/services/app-error'
import { replaceWithLeader } from '@/routes'
import { checkWithdrawAmount, wholeBalance } from '@/utils/withdraw-amount'
import { fieldDigits } from '@/utils/format'
import { requestId } from '@/utils/request-id'

export type WithdrawState =
  | { status: 'loading' }
  | { status: 'error'; error: AppError }
  | { status: 'ready'; summary: DistributorSummary; amount: string; error: string | null; submitting: boolean }

/** The withdraw form: the balance, the amount typed, and the request (then back to the leader centre). */
export function useWithdraw() {
  const [state, setState] = useState<WithdrawState>({ status: 'loading' })

  const load = useCallback(async () => {
    setState({ status: 'loading' })
    try {
      setState({ status: 'ready', summary: await summary(), amount: '', error: null, submitting: false })
    } catch (e) {
      setState({ status: 'error', error: toAppError(e) })
    }
  }, [])

  const setAmount = (amount: string) => setState((s) => (s.status === 'ready' ? { ...s, amount, error: null } : s))

  const fillAll = () => setState((s) => (s.status === 'ready' ? { ...s, amount: fieldDigits(wholeBalance(s.summary.availableFen)), error: null } : s))

  const submit = async () => {
    if (state.status !== 'ready' || state.submitting) return
    const checked = checkWithdrawAmount(state.amount, state.summary)
    if (!checked.ok) {
      setState({ ...state, error: checked.message })
      return
    }
    setState({ ...state, submitting: true, error: null })
    // Consent first, still inside the tap (WeChat refuses it after a network call).
    await askForTransferReminder()
    try {
      await withdraw(checked.amountFen, requestId())
      Taro.showToast({ title: '提现申请已提交', icon: 'success' })
      setTimeout(backToLeader, 800)
    } catch (e) {
      const error = toAppError(e)
      setState((s) => (s.status === 'ready' ? { ...s, submitting: false, error: error.message } : s))
    }
  }

  return { state, load, setAmount, fillAll, submit }
}

/** Back where the leader came from, or to the leader centre when this page was opened on its own. */
function backToLeader() {
  if (Taro.getCurrentPages().length > 1) Taro.navigateBack()
  else replaceWithLeader()
}
