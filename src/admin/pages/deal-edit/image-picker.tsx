import { Image, Text, View } from '@tarojs/components'
import { imageSrc } from '@/services/images'
import { PRODUCT_IMAGES } from './product-images'

/** Picks the deal's main picture from the product pictures in cloud storage. */
export function ImagePicker({ value, onChange }: { value: string; onChange: (fileId: string) => void }) {
  return (
    <View className='image-picker'>
      {PRODUCT_IMAGES.map(({ fileId, name }) => (
        <View
          key={fileId}
          className={`image-picker__item ${fileId === value ? 'image-picker__item--on' : ''}`}
          data-file-id={fileId}
          onClick={() => onChange(fileId)}
        >
          <Image className='image-picker__image' src={imageSrc(fileId)} mode='aspectFill' />
          <Text className='image-picker__name'>{name}</Text>
          {fileId === value ? <Text className='image-picker__check'>✓</Text> : null}
        </View>
      ))}
    </View>
  )
}
