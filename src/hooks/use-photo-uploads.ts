import Taro from '@tarojs/taro'
import { useCallback, useRef, useState } from 'react'
import { pickPhotos, uploadImage, uploadPhoto } from '@/services/storage'

export interface DraftPhoto {
  key: string
  /** The picked file (a temp path in WeChat, a blob URL in the browser). */
  path: string
  status: 'uploading' | 'done' | 'failed'
  fileId?: string
  /** Its list-sized copy (with `thumbs`), or the photo itself when none could be made. */
  thumbId?: string
}

/**
 * The photos of a draft (at most `max`): picked, each uploaded at once, retried or removed.
 * With `thumbs`, each also gets a list-sized copy uploaded beside it (a 晒单's feed grid).
 */
export function usePhotoUploads(max: number, { thumbs = false } = {}) {
  const [photos, setPhotos] = useState<DraftPhoto[]>([])
  const latest = useRef(photos)
  latest.current = photos
  const seq = useRef(0)

  const patch = (key: string, change: Partial<DraftPhoto>) => setPhotos((ps) => ps.map((p) => (p.key === key ? { ...p, ...change } : p)))

  const upload = useCallback(async (key: string, path: string) => {
    patch(key, { status: 'uploading' })
    try {
      if (thumbs) patch(key, { status: 'done', ...(await uploadPhoto(path)) })
      else patch(key, { status: 'done', fileId: await uploadImage(path) })
    } catch {
      patch(key, { status: 'failed' })
    }
  }, [thumbs])

  const pick = useCallback(async () => {
    const left = Math.max(0, max - latest.current.length)
    if (!left) {
      Taro.showToast({ title: `最多 ${max} 张图片`, icon: 'none' })
      return
    }
    let paths: string[]
    try {
      paths = await pickPhotos(left)
    } catch {
      Taro.showToast({ title: '没能打开相册，请稍后再试', icon: 'none' })
      return
    }
    const added: DraftPhoto[] = paths.slice(0, left).map((path) => ({ key: `photo-${++seq.current}`, path, status: 'uploading' }))
    setPhotos((ps) => [...ps, ...added])
    added.forEach((p) => upload(p.key, p.path))
  }, [upload, max])

  const remove = useCallback((key: string) => setPhotos((ps) => ps.filter((p) => p.key !== key)), [])

  const retry = useCallback(
    (key: string) => {
      const photo = latest.current.find((p) => p.key === key)
      if (photo) upload(photo.key, photo.path)
    },
    [upload],
  )

  return { photos, pick, remove, retry }
}
