import { useEffect } from 'react'
import { PhotoPicker } from '@/components/photo-picker'
import type { DraftPhoto } from '@/hooks/use-photo-uploads'
import { usePhotoUploads } from '@/hooks/use-photo-uploads'
import { imageSrc } from '@/services/images'

export interface CoverUploadProps {
  /** The cloud file id of the picture, '' for none. */
  value: string
  onChange: (fileId: string) => void
}

/** One picture (a cover, a logo): the current one with ×, or + to pick and upload one from the phone. */
export function CoverUpload({ value, onChange }: CoverUploadProps) {
  const uploads = usePhotoUploads(1)
  const draft = uploads.photos[0]
  useEffect(() => {
    if (draft?.status === 'done' && draft.fileId && draft.fileId !== value) onChange(draft.fileId)
  }, [draft, value, onChange])
  const current: DraftPhoto[] = value ? [{ key: 'current', path: imageSrc(value), status: 'done', fileId: value }] : []
  return (
    <PhotoPicker
      photos={draft ? [draft] : current}
      max={1}
      onPick={uploads.pick}
      onRetry={uploads.retry}
      onRemove={(key) => {
        if (key !== 'current') uploads.remove(key)
        onChange('')
      }}
    />
  )
}
