/**
 * What staff typed or scanned, as the code to look up: six digits (spaces and dashes
 * dropped), or a scanned token as is. null when it is neither.
 */
export function pickupCodeFrom(text: string): string | null {
  const raw = text.trim()
  const digits = raw.replace(/[\s-]/g, '')
  if (/^\d{6}$/.test(digits)) return digits
  // A QR may carry the token alone or inside a link (…?code=<token>).
  const param = /[?&](?:code|token)=([^&#]+)/.exec(raw)
  const token = param ? decodeURIComponent(param[1]) : raw
  return /^[A-Za-z0-9_-]{16,128}$/.test(token) ? token : null
}

const PICKUP_MESSAGES: Partial<Record<string, string>> = {
  NOT_FOUND: '没有找到这个取货码，请核对后重试',
  CODE_USED: '这个取货码已经使用过，商品已交付',
  WRONG_POINT: '这个取货码不属于你的自提点，请让买家到下单时选的自提点取货',
  TOO_MANY_ATTEMPTS: '输错次数太多，请一小时后再试',
  FORBIDDEN: '你不是这个自提点的店员，不能核销',
}

/** A lookup or verification failure as staff should read it. */
export function pickupErrorMessage(error: { code: string; message?: string }): string {
  // The cloud's own message for a used code says more when the code was voided or expired.
  if (error.code === 'CODE_USED' && error.message && error.message !== '这个取货码已经用过了') return error.message
  return PICKUP_MESSAGES[error.code] ?? error.message ?? '操作失败，请重试'
}
