import { Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { EXPERTISE_MAX, EXPERTISE_PRESETS, TAG_MAX, toggleTag } from './co-creator-form'

export interface ExpertisePickerProps {
  value: string[]
  onChange: (tags: string[]) => void
}

/** Pick from the usual fields or add your own, 1 to 5. */
export function ExpertisePicker({ value, onChange }: ExpertisePickerProps) {
  const [custom, setCustom] = useState('')
  const tags = [...EXPERTISE_PRESETS, ...value.filter((t) => !EXPERTISE_PRESETS.includes(t))]
  const toggle = (tag: string) => {
    const next = toggleTag(value, tag)
    if (next.refusal) Taro.showToast({ title: next.refusal, icon: 'none' })
    else onChange(next.tags)
    return !next.refusal
  }
  const add = () => {
    if (value.includes(custom.trim())) return setCustom('')
    if (toggle(custom)) setCustom('')
  }
  return (
    <View className='expertise-picker'>
      <View className='expertise-picker__tags'>
        {tags.map((tag) => (
          <Text
            key={tag}
            className={`expertise-picker__tag ${value.includes(tag) ? 'expertise-picker__tag--on' : ''}`}
            data-tag={tag}
            onClick={() => toggle(tag)}
          >
            {tag}
          </Text>
        ))}
      </View>
      <View className='expertise-picker__add'>
        <Input
          className='expertise-picker__input'
          value={custom}
          maxlength={TAG_MAX}
          placeholder='其他领域，如：咖啡、露营'
          placeholderClass='co-form__placeholder'
          confirmType='done'
          onInput={(e) => setCustom(e.detail.value)}
          onConfirm={add}
        />
        <Text className='expertise-picker__add-btn' onClick={add}>
          添加
        </Text>
      </View>
      <Text className='expertise-picker__count'>
        已选 {value.length}/{EXPERTISE_MAX}
      </Text>
    </View>
  )
}
