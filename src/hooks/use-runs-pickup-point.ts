import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { myPoints } from '@/services/fulfilment'

/** Whether the caller runs or staffs a pickup point (checked each time the page shows); false on failure. */
export function useRunsPickupPoint(): boolean {
  const [runs, setRuns] = useState(false)
  useDidShow(() => {
    myPoints().then(
      (items) => setRuns(items.length > 0),
      () => setRuns(false),
    )
  })
  return runs
}
