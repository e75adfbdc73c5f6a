import { Input, ScrollView, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { CategoryView } from '@shared/api'
import './deal-filter.scss'

export interface DealFilterBarProps {
  categories: CategoryView[]
  categoryId: string | undefined
  onCategory: (categoryId: string | undefined) => void
  onSearch: (q: string) => void
}

/** 搜索 by title and the brand's categories (全部 first), above the home list. */
export function DealFilterBar({ categories, categoryId, onCategory, onSearch }: DealFilterBarProps) {
  const [text, setText] = useState('')
  const chips = [{ categoryId: undefined as string | undefined, name: '全部' }, ...categories]
  return (
    <View className='deal-filter'>
      <View className='deal-filter__search'>
        <Input
          className='deal-filter__input'
          type='text'
          confirmType='search'
          placeholder='搜索好物，如 燕麦'
          value={text}
          maxlength={40}
          onInput={(e) => setText(e.detail.value)}
          onConfirm={(e) => onSearch(e.detail.value)}
        />
        {text ? (
          <Text
            className='deal-filter__clear'
            onClick={() => {
              setText('')
              onSearch('')
            }}
          >
            ×
          </Text>
        ) : null}
        <Text className='deal-filter__go' onClick={() => onSearch(text)}>
          搜索
        </Text>
      </View>
      {categories.length ? (
        <ScrollView className='deal-filter__chips' scrollX enhanced showScrollbar={false}>
          {chips.map((c) => (
            <Text
              key={c.categoryId ?? 'all'}
              className={`deal-filter__chip ${c.categoryId === categoryId ? 'deal-filter__chip--on' : ''}`}
              data-category={c.name}
              onClick={() => onCategory(c.categoryId)}
            >
              {c.name}
            </Text>
          ))}
        </ScrollView>
      ) : null}
    </View>
  )
}
