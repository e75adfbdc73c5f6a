/**
 * The `scene` of a poster's mini-program code: at most 32 characters, from
 * `0-9 a-z A-Z !#$&'()*+,/:;=?@-._~`. A group id (32 hex digits) and a distribution code do
 * not fit side by side, so the id travels as base64url (22 characters): `<id>.<code>`.
 */
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const HEX_ID = /^[0-9a-f]{32}$/
const PACKED_ID = /^[A-Za-z0-9_-]{22}$/
export const SCENE_MAX = 32

function hexToBytes(hex: string): number[] {
  const bytes: number[] = []
  for (let i = 0; i < hex.length; i += 2) bytes.push(parseInt(hex.slice(i, i + 2), 16))
  return bytes
}

function packHex(hex: string): string {
  let bits = ''
  for (const byte of hexToBytes(hex)) bits += byte.toString(2).padStart(8, '0')
  let out = ''
  for (let i = 0; i < bits.length; i += 6) out += B64[parseInt(bits.slice(i, i + 6).padEnd(6, '0'), 2)]
  return out
}

function unpackHex(packed: string): string {
  let bits = ''
  for (const ch of packed) bits += B64.indexOf(ch).toString(2).padStart(6, '0')
  let hex = ''
  for (let i = 0; i + 8 <= bits.length; i += 8) hex += parseInt(bits.slice(i, i + 8), 2).toString(16).padStart(2, '0')
  return hex
}

/** The scene for a group poster; the code is left out when it would not fit. */
export function posterScene(groupId: string, code?: string | null): string {
  const id = HEX_ID.test(groupId) ? packHex(groupId) : groupId
  const scene = code ? `${id}.${code}` : id
  return scene.length <= SCENE_MAX ? scene : id
}

/**
 * The scene for a leader's card poster (it opens the home page): no group, only the
 * code, so `.<code>`, which parseScene reads back as `{ groupId: '', code }`.
 */
export function cardScene(code: string): string {
  return `.${code}`
}

/** The group id and code back from a scene (the page receives it URL-encoded). */
export function parseScene(scene: string): { groupId: string; code?: string } {
  const [id, code] = decodeURIComponent(scene).split('.')
  const groupId = PACKED_ID.test(id) ? unpackHex(id) : id
  return code ? { groupId, code } : { groupId }
}

/** A group page's query: `id` and `code` from a share card, or `scene` from a scanned poster. */
export function groupQuery(params: Partial<Record<string, string>>): { groupId?: string; code?: string } {
  if (params.id) return { groupId: params.id, code: params.code || undefined }
  if (params.scene) return parseScene(params.scene)
  return {}
}
