import Taro from '@tarojs/taro'
import { AppError, NETWORK_MESSAGE } from './app-error'
import { currentDemoOpenid } from './demo-user'
import { me } from './member'
import { callGuarded } from './privacy-refusal'
import { makeThumbnail } from './thumbnail'

/**
 * Where a user's photo goes in cloud storage: ugc/<openid>/<yyyymm>/<random>.<ext>, the
 * uploader's own folder (the only one they may write to) and a name never used before
 * (an upload never replaces a file). The server only accepts ugc/ files on posts.
 */
export function ugcCloudPath(openid: string, ext: string, now = new Date(), random = Math.random): string {
  const month = `${now.getFullYear()}${String(now.getMonth() + 1).padStart(2, '0')}`
  const name = Array.from({ length: 16 }, () => Math.floor(random() * 36).toString(36)).join('')
  const clean = /^(jpe?g|png|gif|webp)$/i.test(ext) ? ext.toLowerCase().replace('jpeg', 'jpg') : 'jpg'
  return `ugc/${openid}/${month}/${name}.${clean}`
}

/** In WeChat the mini-program learns its own openid from the server, once (again after a failure). */
let openid: Promise<string> | null = null
async function myOpenid(): Promise<string> {
  openid ??= me().then((m) => m.openid)
  try {
    return await openid
  } catch (e) {
    openid = null
    throw e
  }
}

/** Where a photo's list-sized copy goes: beside it, `<name>.thumb.jpg` (the server accepts a post's thumbnails only there). */
export const thumbCloudPath = (cloudPath: string) => cloudPath.replace(/\.[a-z0-9]+$/i, '.thumb.jpg')

const extOf = (path: string, mime?: string) => (mime?.split('/')[1] ?? /\.([a-z0-9]+)(?:\?|$)/i.exec(path)?.[1] ?? 'jpg')

/**
 * Lets the member pick up to `count` photos (album or camera; chooseMedia, in WeChat and in
 * the browser): their temp paths. Empty when they cancel, or refuse the privacy guide or the
 * permission (a toast says why); another failure is thrown.
 */
export async function pickPhotos(count: number, what = '选择照片'): Promise<string[]> {
  const res = await callGuarded(what, () =>
    Taro.chooseMedia({ count, mediaType: ['image'], sizeType: ['compressed'], sourceType: ['album', 'camera'] }),
  )
  return (res?.tempFiles ?? []).map((file) => file.tempFilePath).slice(0, count)
}

/**
 * Uploads a picked photo (a temp file path from pickPhotos) and answers its
 * cloud file id. The mini-program uploads to CloudBase storage; h5 to the local cloud,
 * which answers the same `cloud://` ids.
 */
export async function uploadImage(tempFilePath: string): Promise<string> {
  return (await uploadTo(tempFilePath, null)).fileId
}

/**
 * Uploads a picked photo and, beside it, its list-sized copy (makeThumbnail): both cloud file
 * ids; `thumbId` is the photo's own id when no smaller copy was made or its upload failed.
 */
export async function uploadPhoto(tempFilePath: string): Promise<{ fileId: string; thumbId: string }> {
  const photo = await uploadTo(tempFilePath, null)
  const small = await makeThumbnail(tempFilePath)
  if (!small) return { fileId: photo.fileId, thumbId: photo.fileId }
  try {
    return { fileId: photo.fileId, thumbId: (await uploadTo(small, thumbCloudPath(photo.cloudPath))).fileId }
  } catch {
    return { fileId: photo.fileId, thumbId: photo.fileId }
  } finally {
    if (process.env.TARO_ENV === 'h5') URL.revokeObjectURL(small)
  }
}

async function uploadTo(tempFilePath: string, at: string | null): Promise<{ fileId: string; cloudPath: string }> {
  try {
    if (process.env.TARO_ENV !== 'h5') {
      const cloudPath = at ?? ugcCloudPath(await myOpenid(), extOf(tempFilePath))
      const res = await Taro.cloud.uploadFile({ cloudPath, filePath: tempFilePath })
      return { fileId: res.fileID, cloudPath }
    }
    const blob = await (await fetch(tempFilePath)).blob()
    const uploader = currentDemoOpenid()
    const cloudPath = at ?? ugcCloudPath(uploader, extOf(tempFilePath, blob.type || undefined))
    const res = await fetch('/storage/upload?cloudPath=' + encodeURIComponent(cloudPath), {
      method: 'POST',
      headers: { 'content-type': blob.type || 'application/octet-stream', 'x-wx-openid': uploader },
      body: blob,
    })
    const body = (await res.json()) as { ok: boolean; data?: { fileID: string }; error?: { code: string; message: string } }
    if (!body.ok || !body.data) throw new AppError((body.error?.code as never) ?? 'INTERNAL', body.error?.message ?? '上传失败，请重试')
    return { fileId: body.data.fileID, cloudPath }
  } catch (e) {
    if (e instanceof AppError) throw e
    throw new AppError('INTERNAL', NETWORK_MESSAGE)
  }
}
