import { Image, Swiper, SwiperItem, View } from '@tarojs/components'
import { imageSrc } from '@/services/images'

/** The deal's pictures: one big image, or a carousel when there are several. */
export function DealGallery({ images, title }: { images: string[]; title: string }) {
  if (images.length <= 1) {
    return (
      <View className='deal-gallery'>
        <Image className='deal-gallery__image' src={imageSrc(images[0])} mode='aspectFill' ariaLabel={title} />
      </View>
    )
  }
  return (
    <Swiper
      className='deal-gallery'
      indicatorDots
      indicatorColor='rgba(47,107,63,0.2)'
      indicatorActiveColor='#2f6b3f'
      circular
    >
      {images.map((id) => (
        <SwiperItem key={id}>
          <Image className='deal-gallery__image' src={imageSrc(id)} mode='aspectFill' />
        </SwiperItem>
      ))}
    </Swiper>
  )
}
