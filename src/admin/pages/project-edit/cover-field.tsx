import { Text, View } from '@tarojs/components'
import { useEffect } from 'react'
import { CoverPicker } from '@/admin/pages/contests/cover-picker'
import { usePhotoUploads } from '@/hooks/use-photo-uploads'

/** The cover: one of the product pictures, or a photo uploaded from the phone. */
export function CoverField({ value, onChange }: { value: string; onChange: (fileId: string) => void }) {
  const uploads = usePhotoUploads(1)
  const photo = uploads.photos[0]
  useEffect(() => {
    if (photo?.status === 'done' && photo.fileId) {
      onChange(photo.fileId)
      uploads.remove(photo.key)
    }
  }, [photo, onChange, uploads])
  return (
    <View className='project-form__cover'>
      <CoverPicker value={value} onChange={onChange} />
      <Text className='project-form__upload' onClick={() => (photo?.status === 'failed' ? uploads.retry(photo.key) : uploads.pick())}>
        {photo?.status === 'uploading' ? '上传中…' : photo?.status === 'failed' ? '上传失败，点此重试' : '＋ 上传封面照片'}
      </Text>
    </View>
  )
}
