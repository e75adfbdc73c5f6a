import { Image, Swiper, SwiperItem, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { imageSrc } from '@/services/images'

/** The deal's pictures: one big image, or a carousel with dots and a 2/3 count when there are several. */
export function DealGallery({ images, title }: { images: string[]; title: string }) {
  const [current, setCurrent] = useState(0)
  if (images.length <= 1) {
    return (
      <View className='deal-gallery'>
        <Image className='deal-gallery__image' src={imageSrc(images[0])} mode='aspectFill' ariaLabel={title} />
      </View>
    )
  }
  return (
    <View className='deal-gallery'>
      <Swiper
        className='deal-gallery__swiper'
        indicatorDots
        indicatorColor='rgba(255,255,255,0.6)'
        indicatorActiveColor='#2f6b3f'
        circular
        onChange={(e) => setCurrent(e.detail.current)}
      >
        {images.map((id, i) => (
          <SwiperItem key={id}>
            <Image className='deal-gallery__image' src={imageSrc(id)} mode='aspectFill' ariaLabel={`${title} ${i + 1}`} />
          </SwiperItem>
        ))}
      </Swiper>
      <Text className='deal-gallery__count'>
        {current + 1}/{images.length}
      </Text>
    </View>
  )
}
