/**
 * An invitation token as pasted: the token alone (32 hex), or the whole link or page path
 * that carries it (…?token=<token>). null when there is none.
 */
export function inviteTokenFrom(text: string): string | null {
  const raw = text.trim()
  const param = /[?&]token=([^&#\s]+)/.exec(raw)
  const token = (param ? decodeURIComponent(param[1]) : raw).toLowerCase()
  return /^[0-9a-f]{32}$/.test(token) ? token : null
}
