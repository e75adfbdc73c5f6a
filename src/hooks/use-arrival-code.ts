import { useRouter } from '@tarojs/taro'
import { useEffect } from 'react'
import { rememberArrivalCode } from '@/services/arrival-code'
import { groupQuery } from '@/utils/poster-scene'

/** Keeps the distribution code a page was opened with (`code`, or inside a poster's `scene`). */
export function useArrivalCode(): void {
  const params = useRouter().params
  const code = params.code || (params.scene ? groupQuery(params).code : undefined)
  useEffect(() => {
    rememberArrivalCode(code)
  }, [code])
}
