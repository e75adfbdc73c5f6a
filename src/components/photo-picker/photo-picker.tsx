import { Image, Text, View } from '@tarojs/components'
import type { ITouchEvent } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { DraftPhoto } from '@/hooks/use-photo-uploads'
import './photo-picker.scss'

export interface PhotoPickerProps {
  photos: DraftPhoto[]
  onPick: () => void
  onRemove: (key: string) => void
  onRetry: (key: string) => void
  /** How many photos at most (9 on a post). */
  max: number
}

/** The draft's photos, three a row: each with its upload state and ×, then + while fewer than `max`. */
export function PhotoPicker({ photos, onPick, onRemove, onRetry, max }: PhotoPickerProps) {
  const preview = (path: string) => Taro.previewImage({ current: path, urls: photos.map((p) => p.path) })
  const stop = (e: ITouchEvent, then: () => void) => {
    e.stopPropagation()
    then()
  }
  return (
    <View className='photo-picker'>
      {photos.map((photo) => (
        <View
          key={photo.key}
          className={`photo-picker__cell photo-picker__cell--${photo.status}`}
          data-status={photo.status}
          onClick={() => (photo.status === 'failed' ? onRetry(photo.key) : preview(photo.path))}
        >
          <Image className='photo-picker__image' src={photo.path} mode='aspectFill' />
          {photo.status === 'uploading' ? <Text className='photo-picker__state'>上传中…</Text> : null}
          {photo.status === 'failed' ? <Text className='photo-picker__state photo-picker__state--failed'>上传失败{'\n'}点击重试</Text> : null}
          <Text className='photo-picker__remove' onClick={(e) => stop(e, () => onRemove(photo.key))}>
            ×
          </Text>
        </View>
      ))}
      {photos.length < max ? (
        <View className='photo-picker__cell photo-picker__add' onClick={onPick}>
          <Text className='photo-picker__plus'>+</Text>
          <Text className='photo-picker__hint'>{photos.length ? `${photos.length}/${max}` : '添加图片'}</Text>
        </View>
      ) : null}
    </View>
  )
}
