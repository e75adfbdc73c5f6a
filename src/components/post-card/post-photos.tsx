import { Image, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ITouchEvent } from '@tarojs/components'
import { imageSrc } from '@/services/images'
import { photoGridColumns } from '@/utils/photo-grid'

// WeChat lazy-loads natively; the h5 version only loads on scroll, which leaves the first screen blank.
const LAZY = process.env.TARO_ENV !== 'h5'

export interface PostPhotosProps {
  /** Cloud file ids, or local paths of photos not uploaded yet. */
  images: string[]
  /** What the grid shows: the photos' list-sized copies, same order (the viewer opens the photos). */
  thumbs?: string[]
  local?: boolean
}

/** A post's photos in a Moments-like grid (one large, 2×2 for two or four, else three a row); a tap opens the viewer. */
export function PostPhotos({ images, thumbs, local = false }: PostPhotosProps) {
  const urls = local ? images : images.map(imageSrc)
  const columns = photoGridColumns(urls.length)
  // One photo is shown large: the photo itself; a grid shows the copies.
  const shown = local || columns === 1 || thumbs?.length !== images.length ? urls : thumbs.map(imageSrc)
  const preview = (e: ITouchEvent, current: string) => {
    e.stopPropagation()
    Taro.previewImage({ current, urls })
  }
  return (
    <View className={`post-photos post-photos--${columns}`}>
      {urls.map((url, i) => (
        <View key={`${i}-${url}`} className='post-photos__cell' onClick={(e) => preview(e, url)}>
          <Image className='post-photos__image' src={shown[i]} mode='aspectFill' lazyLoad={LAZY} />
        </View>
      ))}
    </View>
  )
}
