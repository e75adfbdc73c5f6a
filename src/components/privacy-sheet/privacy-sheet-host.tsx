import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { PRIVACY_PATH } from '@/utils/member-paths'
import { answerPrivacy, privacySheetShown, registerPrivacySheet } from '@/services/privacy'
import { PrivacySheet } from './privacy-sheet'

/**
 * weapp only, mounted by PageShell: shows the privacy sheet while WeChat waits for the
 * member's answer (not over the privacy policy itself, opened from the sheet).
 */
export function PrivacySheetHost() {
  const [open, setOpen] = useState(false)
  const onPolicy = useRouter().path.replace(/^\//, '').startsWith(PRIVACY_PATH)
  useEffect(() => registerPrivacySheet(setOpen), [])
  useEffect(() => {
    if (open && !onPolicy) privacySheetShown()
  }, [open, onPolicy])
  if (!open || onPolicy) return null
  return <PrivacySheet onAgree={() => answerPrivacy(true)} onRefuse={() => answerPrivacy(false)} />
}
