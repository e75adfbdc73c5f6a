/**
 * Image sources for cloud file ids. WeChat renders `cloud://` ids itself; in the browser
 * the local cloud serves the same files under /storage/<path>.
 */
const CLOUD_FILE_ID = /^cloud:\/\/[^/]+\/(.+)$/

/** `cloud://<env>.<bucket>/<path>` -> `/storage/<path>`; anything else unchanged. */
export function storageUrl(fileId: string): string {
  const match = CLOUD_FILE_ID.exec(fileId)
  return match ? '/storage/' + match[1] : fileId
}

export function imageSrc(fileId: string | null | undefined): string {
  if (!fileId) return ''
  return process.env.TARO_ENV === 'h5' ? storageUrl(fileId) : fileId
}

