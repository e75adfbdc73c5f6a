/**
 * 隐私保护指引 in WeChat: before a privacy-guarded API or component (photos, album, clipboard,
 * addresses, avatar, nickname …) first runs, WeChat asks the mini-program to show its own
 * privacy sheet (wx.onNeedPrivacyAuthorization). The app listens once, at launch; the sheet
 * on screen (PrivacySheetHost, mounted by PageShell) shows the request and answers it.
 * h5 has no such step: nothing is listened for there.
 */
export type PrivacyResolve = (answer: { event: 'exposureAuthorization' | 'agree' | 'disagree'; buttonId?: string }) => void

/** The id of the sheet's 同意 button: WeChat checks that this button was tapped before it accepts `agree`. */
export const PRIVACY_AGREE_BUTTON_ID = 'privacy-agree'

interface WxPrivacy {
  onNeedPrivacyAuthorization?: (listener: (resolve: PrivacyResolve, info: { referrer: string }) => void) => void
}
declare const wx: WxPrivacy | undefined

// Every guarded call waiting for the member's answer (two can ask while the sheet is open).
let waiting: PrivacyResolve[] = []
const hosts = new Set<(open: boolean) => void>()

const tell = () => hosts.forEach((host) => host(waiting.length > 0))

/** Called once at launch (weapp): from then on WeChat leaves the privacy sheet to the app. */
export function listenForPrivacyRequests(): void {
  if (process.env.TARO_ENV !== 'weapp' || typeof wx === 'undefined' || typeof wx?.onNeedPrivacyAuthorization !== 'function') return
  wx.onNeedPrivacyAuthorization((resolve) => {
    waiting.push(resolve)
    tell()
  })
}

/** A sheet registers while mounted; it hears whether a request is waiting (at once, and on every change). */
export function registerPrivacySheet(host: (open: boolean) => void): () => void {
  hosts.add(host)
  host(waiting.length > 0)
  return () => {
    hosts.delete(host)
  }
}

// The requests already reported as shown (every page in the stack has a sheet; one report each).
const reported = new WeakSet<PrivacyResolve>()

/** The sheet was seen: WeChat is told it was shown (its 曝光 report), once per request. */
export function privacySheetShown(): void {
  for (const resolve of waiting) {
    if (reported.has(resolve)) continue
    reported.add(resolve)
    resolve({ event: 'exposureAuthorization' })
  }
}

/** 同意 (after the agree button was tapped) or 拒绝: every waiting call goes on, or fails with a privacy refusal. */
export function answerPrivacy(agree: boolean): void {
  const answered = waiting
  waiting = []
  answered.forEach((resolve) => resolve(agree ? { buttonId: PRIVACY_AGREE_BUTTON_ID, event: 'agree' } : { event: 'disagree' }))
  tell()
}
