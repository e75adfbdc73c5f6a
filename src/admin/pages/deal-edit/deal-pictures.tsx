import { Image, Text, View } from '@tarojs/components'
import { useEffect } from 'react'
import { PhotoPicker } from '@/components/photo-picker'
import { usePhotoUploads } from '@/hooks/use-photo-uploads'
import { imageSrc } from '@/services/images'
import { addPictures, MAX_DEAL_PICTURES, movePictureEarlier, togglePicture } from './picture-list'
import { ImagePicker } from './image-picker'

export interface DealPicturesProps {
  /** In order, the cover first. */
  value: string[]
  onChange: (pictures: string[]) => void
}

/**
 * The deal's pictures: uploaded from the phone to cloud storage (the operator's own folder)
 * or taken from the built-in ones, in order; the first is the cover, ← moves one earlier.
 */
export function DealPictures({ value, onChange }: DealPicturesProps) {
  const uploads = usePhotoUploads(MAX_DEAL_PICTURES)
  const done = uploads.photos.filter((p) => p.status === 'done' && p.fileId)
  useEffect(() => {
    if (!done.length) return
    onChange(addPictures(value, done.map((p) => p.fileId as string)))
    done.forEach((p) => uploads.remove(p.key))
  }, [done, value, onChange, uploads])
  const pending = uploads.photos.filter((p) => p.status !== 'done')

  return (
    <View className='deal-pictures'>
      {value.length ? (
        <View className='photo-picker deal-pictures__chosen'>
          {value.map((id, i) => (
            <View key={id} className='photo-picker__cell deal-pictures__item' data-file-id={id}>
              <Image className='photo-picker__image' src={imageSrc(id)} mode='aspectFill' />
              {i === 0 ? (
                <Text className='deal-pictures__cover'>封面</Text>
              ) : (
                <Text className='deal-pictures__earlier' onClick={() => onChange(movePictureEarlier(value, i))}>
                  {i === 1 ? '设为封面' : '← 前移'}
                </Text>
              )}
              <Text className='photo-picker__remove deal-pictures__remove' onClick={() => onChange(value.filter((x) => x !== id))}>
                ×
              </Text>
            </View>
          ))}
        </View>
      ) : (
        <Text className='deal-pictures__empty'>还没有图片：上传或从下方图库选，第一张是封面</Text>
      )}
      <PhotoPicker photos={pending} onPick={uploads.pick} onRemove={uploads.remove} onRetry={uploads.retry} max={MAX_DEAL_PICTURES - value.length} />
      <Text className='deal-pictures__gallery'>内置图库</Text>
      <ImagePicker chosen={value} onToggle={(id) => onChange(togglePicture(value, id))} />
    </View>
  )
}
