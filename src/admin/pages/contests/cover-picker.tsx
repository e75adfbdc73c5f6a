import { Image, Text, View } from '@tarojs/components'
import { PRODUCT_IMAGES } from '@/admin/pages/deal-edit/product-images'
import { imageSrc } from '@/services/images'

const NONE = { fileId: '', name: '不用封面' }

/**
 * The contest's cover: none (the topic on green), one of the product pictures, or the
 * cover it already has (a contest made elsewhere may use another picture).
 */
export function CoverPicker({ value, onChange }: { value: string; onChange: (fileId: string) => void }) {
  const known = PRODUCT_IMAGES.some((p) => p.fileId === value)
  const choices = [NONE, ...(value && !known ? [{ fileId: value, name: '当前封面' }] : []), ...PRODUCT_IMAGES]
  return (
    <View className='cover-picker'>
      {choices.map(({ fileId, name }) => (
        <View key={fileId || 'none'} className={`cover-picker__item ${fileId === value ? 'cover-picker__item--on' : ''}`} data-file-id={fileId || 'none'} onClick={() => onChange(fileId)}>
          {fileId ? <Image className='cover-picker__image' src={imageSrc(fileId)} mode='aspectFill' /> : <Text className='cover-picker__image cover-picker__image--none'>#</Text>}
          <Text className='cover-picker__name'>{name}</Text>
          {fileId === value ? <Text className='cover-picker__check'>✓</Text> : null}
        </View>
      ))}
    </View>
  )
}
