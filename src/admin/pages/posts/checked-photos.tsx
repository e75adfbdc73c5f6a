import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { PostCheckView } from '@shared/api'
import { imageSrc } from '@/services/images'
import { needsAttention, verdictChip } from '@/admin/post-checks'

// WeChat lazy-loads natively; the h5 version only loads on scroll, which leaves the first screen blank.
const LAZY = process.env.TARO_ENV !== 'h5'

export interface CheckedPhotosProps {
  images: string[]
  checks: PostCheckView['images']
}

/** The post's photos (tap to see them full size); a photo the check did not pass says so on it. */
export function CheckedPhotos({ images, checks }: CheckedPhotosProps) {
  if (!images.length) return null
  const urls = images.map(imageSrc)
  const verdictOf = (fileId: string) => checks.find((c) => c.fileId === fileId)?.verdict ?? null
  return (
    <View className='mod-photos'>
      {images.map((fileId, i) => {
        const verdict = verdictOf(fileId)
        const chip = verdictChip(verdict)
        return (
          <View key={fileId} className='mod-photos__cell' data-verdict={verdict ?? 'pending'} onClick={() => Taro.previewImage({ current: urls[i], urls })}>
            <Image className='mod-photos__img' src={urls[i]} mode='aspectFill' lazyLoad={LAZY} />
            {needsAttention(verdict) ? <Text className={`mod-photos__verdict mod-photos__verdict--${chip.tone}`}>{chip.label}</Text> : null}
          </View>
        )
      })}
    </View>
  )
}
