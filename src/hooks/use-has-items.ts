import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'

/** Whether `load` answers any items (asked each time the page shows); false on failure. For entries only some callers see. */
export function useHasItems(load: () => Promise<unknown[]>): boolean {
  const [has, setHas] = useState(false)
  useDidShow(() => {
    load().then(
      (items) => setHas(items.length > 0),
      () => setHas(false),
    )
  })
  return has
}
