import { Image, Text, View } from '@tarojs/components'
import { useEffect } from 'react'
import { PRODUCT_IMAGES } from '@/admin/pages/deal-edit/product-images'
import { usePhotoUploads } from '@/hooks/use-photo-uploads'
import { imageSrc } from '@/services/images'

/** The cover: one of the product pictures, or a photo uploaded from the phone (then shown first). */
export function CoverField({ value, onChange }: { value: string; onChange: (fileId: string) => void }) {
  const uploads = usePhotoUploads(1)
  const photo = uploads.photos[0]
  useEffect(() => {
    if (photo?.status === 'done' && photo.fileId) {
      onChange(photo.fileId)
      uploads.remove(photo.key)
    }
  }, [photo, onChange, uploads])
  const known = PRODUCT_IMAGES.some((p) => p.fileId === value)
  const choices = [...(value && !known ? [{ fileId: value, name: '当前封面' }] : []), ...PRODUCT_IMAGES]
  return (
    <View className='project-form__cover'>
      <View className='image-picker'>
        {choices.map(({ fileId, name }) => (
          <View key={fileId} className={`image-picker__item ${fileId === value ? 'image-picker__item--on' : ''}`} data-file-id={fileId} onClick={() => onChange(fileId)}>
            <Image className='image-picker__image' src={imageSrc(fileId)} mode='aspectFill' />
            <Text className='image-picker__name'>{name}</Text>
            {fileId === value ? <Text className='image-picker__check'>✓</Text> : null}
          </View>
        ))}
      </View>
      <Text className='project-form__upload' onClick={() => (photo?.status === 'failed' ? uploads.retry(photo.key) : uploads.pick())}>
        {photo?.status === 'uploading' ? '上传中…' : photo?.status === 'failed' ? '上传失败，点此重试' : '＋ 上传封面照片'}
      </Text>
    </View>
  )
}
