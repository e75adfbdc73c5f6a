import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { CoCreatorApplicationView } from '@shared/api'
import { reviewCoCreatorApplication, revokeCoCreator } from '@/services/admin-member'
import { toAppError } from '@/services/app-error'

export type Decision = { kind: 'approve' | 'reject' | 'revoke'; application: CoCreatorApplicationView }

const DONE = { approve: '已通过，分销码已发放', reject: '已驳回', revoke: '已撤销共创官资格' }

/** The decision being confirmed in the note sheet, and sending it. */
export function useCoCreatorDecision(onDecided: (app: CoCreatorApplicationView) => void) {
  const [decision, setDecision] = useState<Decision | null>(null)
  const [busy, setBusy] = useState(false)

  const confirm = async (note: string) => {
    if (!decision || busy) return
    setBusy(true)
    try {
      const { kind, application } = decision
      const app =
        kind === 'revoke'
          ? await revokeCoCreator(application.openid, note)
          : await reviewCoCreatorApplication(application.openid, kind === 'approve', note)
      onDecided(app)
      Taro.showToast({ title: DONE[kind], icon: 'none' })
      setDecision(null)
    } catch (e) {
      Taro.showToast({ title: toAppError(e).message, icon: 'none', duration: 2500 })
    } finally {
      setBusy(false)
    }
  }

  return { decision, open: setDecision, close: () => !busy && setDecision(null), confirm, busy }
}
