import { useDidHide, useDidShow } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { registerPaySheet, type PayRequest } from '@/services/pay-sheet-bus'
import { PaySheet } from './pay-sheet'

/**
 * h5 only, mounted by PageShell: shows the pay sheet when `pay()` asks for one, while its
 * page is on screen.
 */
export function PaySheetHost() {
  const [request, setRequest] = useState<PayRequest | null>(null)
  const [busy, setBusy] = useState(false)
  const [onScreen, setOnScreen] = useState(true)
  useDidShow(() => setOnScreen(true))
  useDidHide(() => setOnScreen(false))
  useEffect(() => (onScreen ? registerPaySheet(setRequest) : undefined), [onScreen])

  if (!request) return null
  const close = () => {
    setBusy(false)
    setRequest(null)
  }
  const confirm = async () => {
    setBusy(true)
    await request.confirm()
    close()
  }
  const cancel = () => {
    request.cancel()
    close()
  }
  return <PaySheet payment={request.payment} busy={busy} onConfirm={confirm} onCancel={cancel} />
}
