import Taro from '@tarojs/taro'
import { useState } from 'react'
import { usePhotoUploads } from '@/hooks/use-photo-uploads'
import { toAppError, type AppError } from '@/services/app-error'
import { checkText, photosProblem } from '@/utils/cocreation-form'

/**
 * A contribution being written: its text and photos, and sending it once checked.
 * `send` gets the trimmed text and the uploaded file ids; on success the draft clears.
 */
export function useDraft(limits: { min: number; max: number }, what: string, maxPhotos: number, onRefused: (e: AppError) => void) {
  const [text, setText] = useState('')
  const [error, setError] = useState('')
  const [sending, setSending] = useState(false)
  const photos = usePhotoUploads(maxPhotos)

  const submit = async (send: (text: string, images: string[]) => Promise<void>, successTitle: string): Promise<boolean> => {
    if (sending) return false
    const checked = checkText(text, limits.min, limits.max, what)
    if (!checked.ok) {
      setError(checked.error)
      return false
    }
    const problem = photosProblem(photos.photos)
    if (problem) {
      setError(problem)
      return false
    }
    setError('')
    setSending(true)
    try {
      await send(checked.text, photos.photos.map((p) => p.fileId as string))
      setText('')
      photos.photos.forEach((p) => photos.remove(p.key))
      Taro.showToast({ title: successTitle, icon: 'success' })
      return true
    } catch (e) {
      const err = toAppError(e)
      setError(err.message)
      onRefused(err)
      return false
    } finally {
      setSending(false)
    }
  }

  return { text, setText, error, sending, photos, submit }
}
