import Taro from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import type { MeOutput } from '@shared/api'
import { nicknameRefusal, normalizeNickname } from '@shared/domain/profile'
import { toAppError } from '@/services/app-error'
import { me, updateProfile } from '@/services/member'
import { pickPhotos, uploadImage } from '@/services/storage'

export interface ProfileDraft {
  nickname: string
  /** A picture picked but not saved yet (a temp path or blob URL); null: the saved avatar stays. */
  pickedAvatar: string | null
}

/** Where a refusal shows: under the avatar, under the nickname, or above the button. */
export type ProfileError = { on: 'avatar' | 'nickname' | 'form'; message: string }

/** 编辑资料: the member's avatar and nickname, loaded, changed, checked here first, then saved. */
export function useProfileEdit() {
  const [saved, setSaved] = useState<MeOutput | null>(null)
  const [loadError, setLoadError] = useState('')
  const [draft, setDraft] = useState<ProfileDraft>({ nickname: '', pickedAvatar: null })
  const [error, setError] = useState<ProfileError | null>(null)
  const [saving, setSaving] = useState(false)

  const load = useCallback(async () => {
    setLoadError('')
    try {
      const profile = await me()
      setSaved(profile)
      setDraft({ nickname: profile.nickname, pickedAvatar: null })
    } catch (e) {
      setLoadError(toAppError(e).message)
    }
  }, [])
  useEffect(() => {
    load()
  }, [load])

  const setNickname = (nickname: string) => {
    setDraft((d) => ({ ...d, nickname }))
    if (error?.on === 'nickname') setError(null)
  }
  const setAvatar = (path: string) => {
    if (!path) return
    setDraft((d) => ({ ...d, pickedAvatar: path }))
    if (error?.on === 'avatar') setError(null)
  }
  /** h5 (and any place without WeChat's avatar button): a photo from the album. */
  const pickAvatar = async () => {
    try {
      const [path] = await pickPhotos(1, '选择头像')
      if (path) setAvatar(path)
    } catch {
      Taro.showToast({ title: '没能打开相册，请稍后再试', icon: 'none' })
    }
  }

  const save = async () => {
    if (!saved || saving) return
    const nickname = normalizeNickname(draft.nickname)
    const refusal = nicknameRefusal(nickname)
    if (refusal) {
      setError({ on: 'nickname', message: refusal })
      return
    }
    if (nickname === saved.nickname && !draft.pickedAvatar) {
      Taro.navigateBack()
      return
    }
    setSaving(true)
    setError(null)
    let step: ProfileError['on'] = 'avatar'
    try {
      const avatarFileId = draft.pickedAvatar ? await uploadImage(draft.pickedAvatar) : undefined
      step = 'nickname'
      const profile = await updateProfile({ nickname, ...(avatarFileId ? { avatarFileId } : {}) })
      setSaved({ ...saved, ...profile })
      setDraft({ nickname: profile.nickname, pickedAvatar: null })
      Taro.showToast({ title: '已保存', icon: 'success' })
      setTimeout(() => Taro.navigateBack(), 600)
    } catch (e) {
      const err = toAppError(e)
      const onAvatar = step === 'avatar' || err.message.includes('头像')
      const onNickname = err.code === 'CONTENT_REJECTED' || (err.code === 'INVALID_ARGUMENT' && err.message.includes('昵称'))
      setError({ on: onAvatar ? 'avatar' : onNickname ? 'nickname' : 'form', message: onAvatar && step === 'avatar' ? '头像上传失败，请重试' : err.message })
    } finally {
      setSaving(false)
    }
  }

  return { saved, loadError, reload: load, draft, error, saving, setNickname, setAvatar, pickAvatar, save }
}
