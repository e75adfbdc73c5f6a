import { View } from '@tarojs/components'
import { isValidElement, type ReactNode } from 'react'
import { useListWindow } from './use-list-window'
import './windowed-list.scss'

export interface WindowedListProps<T> {
  items: T[]
  /** Each item's card, keyed; `index` is its place in the whole list. */
  render: (item: T, index: number) => ReactNode
  /** Each item's key (by default its card's key); a new first item (another tab, a reload) makes the window forget what it measured. */
  itemKey?: (item: T) => string
  /** Another list in the same place (a tab), when its first item may be the same. */
  listKey?: string
  /** Items per chunk: a chunk is rendered or collapsed as a whole. */
  chunkSize?: number
}

const keyOf = (node: ReactNode) => (isValidElement(node) ? String(node.key) : '')

/**
 * A long list that renders only the chunks of items near the viewport; the others are
 * spacers of their measured height, so the page scrolls and loads more as before while
 * its node count stays bounded (WeChat's audit wants < 1,000 a page).
 */
export function WindowedList<T>({ items, render, itemKey, listKey = '', chunkSize = 3 }: WindowedListProps<T>) {
  const first = items.length ? (itemKey ? itemKey(items[0]) : keyOf(render(items[0], 0))) : ''
  const { chunkClass, plan } = useListWindow(items.length, chunkSize, `${listKey}|${first}`)
  return (
    <>
      {plan.map((chunk, i) =>
        chunk.rendered ? (
          <View key={i} className={`windowed-list__chunk ${chunkClass}`}>
            {items.slice(i * chunkSize, (i + 1) * chunkSize).map((item, k) => render(item, i * chunkSize + k))}
          </View>
        ) : (
          <View key={i} className={`windowed-list__chunk ${chunkClass}`} style={{ height: `${chunk.height}px` }} />
        ),
      )}
    </>
  )
}
