import { useRouter } from '@tarojs/taro'
import { useEffect } from 'react'
import { bindArrivalCode, rememberArrivalCode } from '@/services/arrival-code'
import { groupQuery } from '@/utils/poster-scene'

/**
 * Keeps the distribution code a page was opened with (`code`, or inside a poster's
 * `scene`) and binds the shopper to its distributor.
 */
export function useArrivalCode(): void {
  const params = useRouter().params
  const code = params.code || (params.scene ? groupQuery(params).code : undefined)
  useEffect(() => {
    rememberArrivalCode(code)
    bindArrivalCode(code)
  }, [code])
}
