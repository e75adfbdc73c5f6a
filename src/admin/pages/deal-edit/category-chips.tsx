import { Text, View } from '@tarojs/components'
import type { CategoryView } from '@shared/api'

export interface CategoryChipsProps {
  categories: CategoryView[]
  /** '' for none. */
  value: string
  onChange: (categoryId: string) => void
}

/** 商品分类: 不分类 or one of the brand's categories, as chips (each carries `data-category`). */
export function CategoryChips({ categories, value, onChange }: CategoryChipsProps) {
  const options = [{ categoryId: '', name: '不分类' }, ...categories]
  return (
    <View className='deal-form__categories'>
      {options.map((c) => (
        <Text
          key={c.categoryId || 'none'}
          className={`deal-form__category ${c.categoryId === value ? 'deal-form__category--on' : ''}`}
          data-category={c.name}
          onClick={() => onChange(c.categoryId)}
        >
          {c.name}
        </Text>
      ))}
    </View>
  )
}
