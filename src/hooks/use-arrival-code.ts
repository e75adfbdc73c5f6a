import { useRouter } from '@tarojs/taro'
import { useEffect } from 'react'
import { trackVisit } from '@/services/analytics'
import { bindArrivalCode, isArrivalCode, rememberArrivalCode } from '@/services/arrival-code'
import { groupQuery } from '@/utils/poster-scene'

/**
 * Keeps the distribution code a page was opened with (`code`, or inside a poster's
 * `scene`), binds the shopper to its distributor and reports the visit (数据看板's funnel).
 */
export function useArrivalCode(): void {
  const { params, path } = useRouter()
  const code = params.code || (params.scene ? groupQuery(params).code : undefined)
  useEffect(() => {
    rememberArrivalCode(code)
    bindArrivalCode(code)
    if (isArrivalCode(code)) trackVisit(code, path)
  }, [code, path])
}
