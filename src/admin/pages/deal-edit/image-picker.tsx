import { Image, Text, View } from '@tarojs/components'
import { imageSrc } from '@/services/images'
import { PRODUCT_IMAGES } from './product-images'

/** The built-in product pictures: tap one to add it to the deal's pictures, again to take it out. */
export function ImagePicker({ chosen, onToggle }: { chosen: string[]; onToggle: (fileId: string) => void }) {
  return (
    <View className='image-picker'>
      {PRODUCT_IMAGES.map(({ fileId, name }) => {
        const on = chosen.includes(fileId)
        return (
          <View key={fileId} className={`image-picker__item ${on ? 'image-picker__item--on' : ''}`} data-file-id={fileId} onClick={() => onToggle(fileId)}>
            <Image className='image-picker__image' src={imageSrc(fileId)} mode='aspectFill' />
            <Text className='image-picker__name'>{name}</Text>
            {on ? <Text className='image-picker__check'>{chosen.indexOf(fileId) + 1}</Text> : null}
          </View>
        )
      })}
    </View>
  )
}
