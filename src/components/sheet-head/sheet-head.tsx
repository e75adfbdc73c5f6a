import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'

export interface SheetHeadProps {
  /** The sheet's BEM block: `${block}__head` holds the title and `${block}__close` (styles: sheet.scss sheet-head). */
  block: string
  title: ReactNode
  /** The title's element: `title` unless the sheet's `__title` is something else. */
  titleElement?: string
  /** The × closes the sheet; leave it out while the sheet is busy. */
  onClose?: () => void
}

/** A bottom sheet's first line: its title, and a × at the far end. */
export function SheetHead({ block, title, titleElement = 'title', onClose }: SheetHeadProps) {
  return (
    <View className={`${block}__head`}>
      <Text className={`${block}__${titleElement}`}>{title}</Text>
      <Text className={`${block}__close`} onClick={onClose}>
        ×
      </Text>
    </View>
  )
}
