import Taro from '@tarojs/taro'
import { useCallback } from 'react'
import type { DealView } from '@shared/api'

/** What a shopper asks for on the deal page. */
export type GroupIntent = { kind: 'solo' } | { kind: 'start' } | { kind: 'join'; groupId: string }

/**
 * The one entry point for buying on the deal page. Starting and joining groups arrive with
 * the next issue (startGroup / joinGroup, then the pay sheet): until then, say so.
 */
export function useGroupAction(deal: DealView | undefined) {
  return useCallback(
    (intent: GroupIntent) => {
      if (!deal) return
      comingSoon(intent)
    },
    [deal],
  )
}

function comingSoon(_intent: GroupIntent): void {
  Taro.showToast({ title: '即将开放', icon: 'none' })
}
