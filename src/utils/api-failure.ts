/**
 * Why a privacy-guarded WeChat API (chooseMedia, saveImageToPhotosAlbum, setClipboardData,
 * chooseAddress, scanCode …) did not run:
 * - `privacy`: the member refused the privacy guide (errno 103 / 104, "privacy permission is not authorized");
 * - `undeclared`: the guide does not declare this use (errno 112, "api scope is not declared in the privacy agreement"), a setup mistake;
 * - `permission`: the member refused the permission itself (auth deny), to be allowed in 设置;
 * - `cancelled`: they closed the picker;
 * - `failed`: anything else.
 */
export type ApiFailure = 'privacy' | 'undeclared' | 'permission' | 'cancelled' | 'failed'

export function apiFailureOf(error: unknown): ApiFailure {
  const { errno, errMsg } = (error ?? {}) as { errno?: number; errMsg?: string }
  const message = String(errMsg ?? (error as Error)?.message ?? '')
  if (errno === 112 || message.includes('not declared in the privacy agreement')) return 'undeclared'
  if (errno === 103 || errno === 104 || /privacy/i.test(message)) return 'privacy'
  if (/auth den(y|ied)|authorize no response|permission denied/i.test(message)) return 'permission'
  if (/cancel/i.test(message)) return 'cancelled'
  return 'failed'
}

/** What the member reads (a toast: two short lines at most) when `what` (e.g. 选择照片) could not run; null when nothing needs saying. */
export function refusalMessage(failure: ApiFailure, what: string): string | null {
  if (failure === 'privacy') return `需先同意隐私保护指引才能${what}`
  if (failure === 'undeclared') return `暂时无法${what}：隐私保护指引未声明此项用途`
  if (failure === 'permission') return `请在右上角「···→设置」中允许后再${what}`
  return null
}
