import { Image, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { imageSrc } from '@/services/images'

/** A row of small photos; a tap opens them full size. */
export function Thumbs({ images }: { images: string[] }) {
  if (!images.length) return null
  const urls = images.map((i) => imageSrc(i))
  return (
    <View className='console-thumbs'>
      {urls.map((url) => (
        <Image key={url} className='console-thumbs__image' src={url} mode='aspectFill' onClick={() => Taro.previewImage({ current: url, urls })} />
      ))}
    </View>
  )
}
